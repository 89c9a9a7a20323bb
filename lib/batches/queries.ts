// Batch calls in the browser: query keys, the list, detail and estimate queries (writes: mutations.ts).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryRoots } from '@/lib/query/roots';
import {
  batchFiltersToSearchParams,
  isFinalBatch,
  type BatchDetailResult,
  type BatchFilters,
  type BatchListPage,
  type EstimateInputs,
} from './model';

export const batchKeys = {
  all: queryRoots.batches,
  lists: () => [...batchKeys.all, 'list'] as const,
  list: (filters: BatchFilters) => [...batchKeys.lists(), filters] as const,
  detail: (id: string) => [...batchKeys.all, 'detail', id] as const,
  estimate: (agentId: string) => [...batchKeys.all, 'estimate', agentId] as const,
};

/** How often a running batch is read again: its progress bar moves without a manual refresh. */
export const RUNNING_REFETCH_MS = 2_000;

export const batchesListQuery = (filters: BatchFilters) =>
  queryOptions({
    queryKey: batchKeys.list(filters),
    queryFn: () => apiFetch<BatchListPage>(`/api/batch-calls?${batchFiltersToSearchParams(filters)}`),
    placeholderData: keepPreviousData,
    // The list's progress column moves too while any batch on the page runs.
    refetchInterval: (query) => (query.state.data?.batches.some((b) => !isFinalBatch(b.status)) ? RUNNING_REFETCH_MS * 5 : false),
  });

export const batchDetailQuery = (id: string, refetchMs: number = RUNNING_REFETCH_MS) =>
  queryOptions({
    queryKey: batchKeys.detail(id),
    queryFn: () => apiFetch<BatchDetailResult>(`/api/batch-calls/${encodeURIComponent(id)}`),
    // Until the batch is final; a stale copy (ElevenLabs down) is read again on the same beat.
    refetchInterval: (query) => {
      const data = query.state.data;
      return !data || !isFinalBatch(data.batch.status) || data.source === 'stale' ? refetchMs : false;
    },
  });

export const batchExportHref = (id: string) => `/api/batch-calls/${encodeURIComponent(id)}/export`;

/** The create page's estimate: the agent's average call length and the account's plan. */
export const estimateInputsQuery = (agentId: string) =>
  queryOptions({
    queryKey: batchKeys.estimate(agentId),
    queryFn: () => apiFetch<EstimateInputs>(`/api/batch-calls/estimate?agent_id=${encodeURIComponent(agentId)}`),
    staleTime: 5 * 60_000,
  });
