// Phone numbers: the write (assign or unassign an agent), apart from the reads in queries.ts.
import { mutationOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryRoots } from '@/lib/query/roots';
import type { AssignAgentInput, PhoneNumberView } from './model';
import { phoneNumberKeys } from './queries';

export const assignAgentMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...phoneNumberKeys.all, 'assign', id],
    mutationFn: (input: AssignAgentInput) =>
      apiFetch<{ phone_number: PhoneNumberView }>(`/api/phone-numbers/${encodeURIComponent(id)}`, { method: 'PATCH', json: input }),
    meta: {
      // The agents' own pages list their numbers too.
      invalidates: [phoneNumberKeys.list(), queryRoots.agents],
      successMessage: (data) => ((data as { phone_number: PhoneNumberView }).phone_number.assigned_agent ? 'Agent assigned' : 'Agent unassigned'),
      errorMessage: 'The assignment was not changed',
    },
  });
