// Batch calls: the writes (submit, once per idempotency key; cancel, retry, delete), apart from the reads
// in queries.ts. A submitted batch shows in the list, which is invalidated by the same root.
import { mutationOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type { BatchSummary, SubmitBatchRequest, SubmitBatchResponse } from './model';
import { batchKeys } from './queries';

export const submitBatchMutation = () =>
  mutationOptions({
    mutationKey: [...batchKeys.all, 'submit'],
    mutationFn: (input: SubmitBatchRequest) => apiFetch<SubmitBatchResponse>('/api/batch-calls', { method: 'POST', json: input }),
    meta: { invalidates: [batchKeys.all], successMessage: 'Batch submitted', errorMessage: 'The batch was not submitted' },
  });

export const cancelBatchMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...batchKeys.detail(id), 'cancel'],
    mutationFn: () => apiFetch<BatchSummary>(`/api/batch-calls/${encodeURIComponent(id)}/cancel`, { method: 'POST' }),
    meta: { invalidates: [batchKeys.all], successMessage: 'Batch cancelled', errorMessage: 'The batch was not cancelled' },
  });

export const retryBatchMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...batchKeys.detail(id), 'retry'],
    mutationFn: () => apiFetch<BatchSummary>(`/api/batch-calls/${encodeURIComponent(id)}/retry`, { method: 'POST' }),
    meta: { invalidates: [batchKeys.all], successMessage: 'Retry started', errorMessage: 'The batch was not retried' },
  });

export const deleteBatchMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...batchKeys.detail(id), 'delete'],
    mutationFn: () => apiFetch<void>(`/api/batch-calls/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    // The detail is dropped, not refetched: it would answer 404.
    onSuccess: (_data, _variables, _result, { client }) => client.removeQueries({ queryKey: batchKeys.detail(id) }),
    meta: { invalidates: [batchKeys.lists()], successMessage: 'Batch deleted', errorMessage: 'The batch was not deleted' },
  });
