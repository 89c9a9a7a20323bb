// Outbound calls: the write (place a call, once per idempotency key), apart from the reads in queries.ts.
import { mutationOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { type CallView, type PlaceCallInput } from './model';
import { callKeys } from './queries';

export const placeCallMutation = () =>
  mutationOptions({
    mutationKey: [...callKeys.all, 'place'],
    mutationFn: (input: PlaceCallInput) => apiFetch<{ call: CallView; replayed: boolean }>('/api/calls', { method: 'POST', json: input }),
    meta: {
      invalidates: [callKeys.lists()],
      successMessage: (data) => ((data as { replayed: boolean }).replayed ? 'This call was already placed' : 'Call placed'),
      errorMessage: 'The call was not placed',
    },
  });
