import { queryRoots } from '@/lib/query/roots';
import { keepPreviousData, mutationOptions, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type {
  AgentDetail,
  AgentHistoryDetail,
  AgentHistoryEntry,
  AgentListParams,
  AgentListResult,
  AgentResult,
  AgentTemplateKey,
  AgentUpdateRequest,
} from './model';
import type { AgentSummary } from './upstream';

export const agentKeys = {
  all: queryRoots.agents,
  list: () => [...agentKeys.all, 'list'] as const,
  /** The Agents page's pages (search, sort, cursor); `list()` stays the all-agents list other features read. */
  pages: () => [...agentKeys.all, 'pages'] as const,
  page: (params: AgentListParams) => [...agentKeys.pages(), params] as const,
  detail: (id: string) => [...agentKeys.all, 'detail', id] as const,
  history: (id: string) => [...agentKeys.detail(id), 'history'] as const,
  historyEntry: (id: string, entryId: string) => [...agentKeys.history(id), entryId] as const,
};

const agentPath = (id: string) => `/api/agents/${encodeURIComponent(id)}`;

export function agentListSearchParams(params: AgentListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, String(value));
  return search;
}

export const agentsListQuery = () =>
  queryOptions({
    queryKey: agentKeys.list(),
    queryFn: () => apiFetch<{ agents: AgentSummary[] }>('/api/agents'),
    staleTime: 5 * 60_000,
  });

export const agentsPageQuery = (params: AgentListParams) =>
  queryOptions({
    queryKey: agentKeys.page(params),
    queryFn: () => apiFetch<AgentListResult>(`/api/agents?${agentListSearchParams(params)}`),
    // The previous page stays on screen while the next one (or a new search) loads.
    placeholderData: keepPreviousData,
  });

export const agentDetailQuery = (id: string) =>
  queryOptions({
    queryKey: agentKeys.detail(id),
    queryFn: () => apiFetch<AgentResult>(agentPath(id)),
    staleTime: 60_000,
  });

export const agentHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: agentKeys.history(id),
    queryFn: () => apiFetch<{ entries: AgentHistoryEntry[] }>(`${agentPath(id)}/history`),
  });

export const agentHistoryEntryQuery = (id: string, entryId: string) =>
  queryOptions({
    queryKey: agentKeys.historyEntry(id, entryId),
    queryFn: () => apiFetch<AgentHistoryDetail>(`${agentPath(id)}/history/${encodeURIComponent(entryId)}`),
    // A past entry never changes.
    staleTime: Infinity,
  });

const agentChanged = (id: string) => [agentKeys.pages(), agentKeys.list(), agentKeys.history(id)];

export const createAgentMutation = () =>
  mutationOptions({
    mutationKey: [...agentKeys.all, 'create'],
    mutationFn: (input: { name: string; template: AgentTemplateKey }) => apiFetch<{ agent: AgentDetail }>('/api/agents', { method: 'POST', json: input }),
    meta: { invalidates: [agentKeys.pages(), agentKeys.list()], successMessage: 'Agent created', errorMessage: 'The agent was not created' },
  });

/**
 * A save. The editor shows the outcome itself (optimistic state, a conflict dialog, messages at the
 * fields), so only the success toasts here.
 */
export const updateAgentMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'update'],
    mutationFn: (request: AgentUpdateRequest) => apiFetch<{ agent: AgentDetail }>(agentPath(id), { method: 'PATCH', json: request }),
    meta: { invalidates: agentChanged(id), successMessage: 'Agent saved', showsError: true },
  });

export const restoreAgentMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'restore'],
    mutationFn: ({ entryId, base_updated_at_unix_secs }: { entryId: string; base_updated_at_unix_secs: number }) =>
      apiFetch<{ agent: AgentDetail }>(`${agentPath(id)}/history/${encodeURIComponent(entryId)}/restore`, { method: 'POST', json: { base_updated_at_unix_secs } }),
    meta: { invalidates: agentChanged(id), successMessage: 'Version restored', errorMessage: 'The version was not restored' },
  });

export const duplicateAgentMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'duplicate'],
    mutationFn: (input: { name: string }) => apiFetch<{ agent: AgentDetail }>(`${agentPath(id)}/duplicate`, { method: 'POST', json: input }),
    meta: { invalidates: [agentKeys.pages(), agentKeys.list()], successMessage: 'Agent duplicated', errorMessage: 'The agent was not duplicated' },
  });

export const deleteAgentMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'delete'],
    mutationFn: () => apiFetch<void>(agentPath(id), { method: 'DELETE' }),
    // The detail is dropped, not refetched: it would answer 404.
    onSuccess: (_data, _variables, _result, { client }) => client.removeQueries({ queryKey: agentKeys.detail(id) }),
    meta: { invalidates: [agentKeys.pages(), agentKeys.list()], successMessage: 'Agent deleted', errorMessage: 'The agent was not deleted' },
  });
