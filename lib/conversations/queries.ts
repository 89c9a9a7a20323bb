import { queryRoots } from '@/lib/query/roots';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type { ConversationPage } from './upstream';
import { hasDayFilter, pageRequest, type ConversationFilterOptions, type ConversationFilters, type ConversationResult } from './model';

export const conversationKeys = {
  all: queryRoots.conversations,
  lists: () => [...conversationKeys.all, 'list'] as const,
  list: (filters: ConversationFilters) => [...conversationKeys.lists(), filters] as const,
  detail: (id: string) => [...conversationKeys.all, 'detail', id] as const,
  filterOptions: () => [...conversationKeys.all, 'filter-options'] as const,
};

export function filtersToSearchParams(filters: Partial<ConversationFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined || value === '' || (name === 'page_size' && value === 30)) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return params;
}

/** One page of the list; `zone` is the viewer's IANA zone, whose days `from` and `to` name. */
export const conversationsListQuery = (filters: ConversationFilters, zone: string | undefined) => {
  const request = pageRequest(filters, zone);
  return queryOptions({
    queryKey: conversationKeys.list(request),
    queryFn: () => apiFetch<ConversationPage>(`/api/conversations?${filtersToSearchParams(request)}`),
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
    // Days are not asked for in a zone that is not the viewer's: this waits while a page is hydrated
    // that the server rendered without knowing it (components/common/viewer-zone.tsx).
    enabled: !hasDayFilter(filters) || zone !== undefined,
  });
};

export const conversationDetailQuery = (id: string) =>
  queryOptions({
    queryKey: conversationKeys.detail(id),
    queryFn: () => apiFetch<ConversationResult>(`/api/conversations/${encodeURIComponent(id)}`),
    staleTime: 60_000,
  });

/** The ids "More filters" offers; agents change rarely, so one answer serves for minutes. */
export const conversationFilterOptionsQuery = () =>
  queryOptions({
    queryKey: conversationKeys.filterOptions(),
    queryFn: () => apiFetch<ConversationFilterOptions>('/api/conversations/filter-options'),
    staleTime: 5 * 60_000,
  });
