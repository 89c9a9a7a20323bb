// Outbound calls in the browser: the recent-calls list (refreshing until every call is final), one
// call, and placing a call.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryRoots } from '@/lib/query/roots';
import { callFiltersToSearchParams, FINAL_CALL_STATUSES, type CallFilters, type CallPage } from './model';

export const callKeys = {
  all: queryRoots.calls,
  lists: () => [...callKeys.all, 'list'] as const,
  list: (filters: CallFilters) => [...callKeys.lists(), filters] as const,
};

/** How often the list asks again while a call on it is still moving. */
export const CALLS_REFRESH_MS = 3000;

export const callsListQuery = (filters: CallFilters) =>
  infiniteQueryOptions({
    queryKey: callKeys.list(filters),
    queryFn: ({ pageParam }) => {
      const query = callFiltersToSearchParams({ ...filters, cursor: pageParam ?? undefined }).toString();
      return apiFetch<CallPage>(`/api/calls${query ? `?${query}` : ''}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next_cursor,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.calls.some((call) => !FINAL_CALL_STATUSES.has(call.status))) ? CALLS_REFRESH_MS : false,
  });
