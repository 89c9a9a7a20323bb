import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryKeys } from '@/lib/query/keys';
import type { ConversationFilters } from './schemas';
import type { ConversationPage } from './upstream';
import type { ConversationResult } from './service';

export function filtersToSearchParams(filters: Partial<ConversationFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined || value === '' || (name === 'page_size' && value === 30)) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return params;
}

export const conversationsListQuery = (filters: ConversationFilters) =>
  queryOptions({
    queryKey: queryKeys.conversations.list(filters),
    queryFn: () => apiFetch<ConversationPage>(`/api/conversations?${filtersToSearchParams(filters)}`),
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const conversationDetailQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.conversations.detail(id),
    queryFn: () => apiFetch<ConversationResult>(`/api/conversations/${encodeURIComponent(id)}`),
    staleTime: 60_000,
  });

export const deleteConversationRequest = (id: string) =>
  apiFetch<void>(`/api/conversations/${encodeURIComponent(id)}`, { method: 'DELETE' });
