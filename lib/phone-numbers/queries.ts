// Phone numbers in the browser: the list every "from" picker reads, and assigning an agent.
import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryRoots } from '@/lib/query/roots';
import type { AssignAgentInput, PhoneNumberView } from './model';

export const phoneNumberKeys = {
  all: queryRoots.phoneNumbers,
  list: () => [...phoneNumberKeys.all, 'list'] as const,
};

export const phoneNumbersQuery = () =>
  queryOptions({
    queryKey: phoneNumberKeys.list(),
    queryFn: () => apiFetch<{ phone_numbers: PhoneNumberView[] }>('/api/phone-numbers'),
    staleTime: 60_000,
  });

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
