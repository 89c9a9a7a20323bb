// The create page in the browser: the estimate's inputs and the submit. Keys hang off the batches root,
// so a submitted batch shows in the list (which invalidates by the same root).
import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryRoots } from '@/lib/query/roots';
import type { RecipientPayload } from './upload/columns';
import type { Plan } from './estimate';

export interface EstimateInputs {
  average_call_secs: number | null;
  sample_size: number;
  plan: Plan | null;
  tier: string | null;
}

export interface SubmitBatchRequest {
  idempotency_key: string;
  call_name: string;
  agent_id: string;
  agent_phone_number_id: string;
  scheduled_time_unix?: number | null;
  target_concurrency_limit?: number | null;
  recipients: RecipientPayload[];
}

export interface SubmitBatchResponse {
  batch: { id: string; name: string; status: string; scheduled_time_unix?: number | null; total_calls_scheduled: number };
  replayed: boolean;
}

export const batchCreateKeys = {
  estimate: (agentId: string) => [...queryRoots.batches, 'estimate', agentId] as const,
};

export const estimateInputsQuery = (agentId: string) =>
  queryOptions({
    queryKey: batchCreateKeys.estimate(agentId),
    queryFn: () => apiFetch<EstimateInputs>(`/api/batch-calls/estimate?agent_id=${encodeURIComponent(agentId)}`),
    staleTime: 5 * 60_000,
  });

export const submitBatchMutation = () =>
  mutationOptions({
    mutationKey: [...queryRoots.batches, 'submit'],
    mutationFn: (input: SubmitBatchRequest) => apiFetch<SubmitBatchResponse>('/api/batch-calls', { method: 'POST', json: input }),
    meta: { invalidates: [queryRoots.batches], successMessage: 'Batch submitted', errorMessage: 'The batch was not submitted' },
  });
