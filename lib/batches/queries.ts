// Batch calls in the browser: query keys, the list and detail queries, and cancel / retry / delete.
import { keepPreviousData, mutationOptions, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryRoots } from '@/lib/query/roots';
import {
  batchFiltersToSearchParams,
  isFinalBatch,
  type BatchDetailResult,
  type BatchFilters,
  type BatchListPage,
  type BatchSummary,
} from './model';

export const batchKeys = {
  all: queryRoots.batches,
  lists: () => [...batchKeys.all, 'list'] as const,
  list: (filters: BatchFilters) => [...batchKeys.lists(), filters] as const,
  detail: (id: string) => [...batchKeys.all, 'detail', id] as const,
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

export const batchExportHref = (id: string) => `/api/batch-calls/${encodeURIComponent(id)}/export`;
