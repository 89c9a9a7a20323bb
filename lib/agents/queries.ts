import { queryRoots } from '@/lib/query/roots';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type {
  AgentHistoryDetail,
  AgentHistoryEntry,
  AgentListParams,
  AgentListResult,
  AgentResult,
} from './model';

/** An agent as the pickers need it (conversation filters, call and batch forms): id and name. */
export interface AgentOption {
  agent_id: string;
  name: string;
  tags?: string[] | null;
}

export const agentKeys = {
  all: queryRoots.agents,
  /** Every agent by name, for pickers. */
  options: () => [...agentKeys.all, 'options'] as const,
  lists: () => [...agentKeys.all, 'list'] as const,
  list: (params: AgentListParams) => [...agentKeys.lists(), params] as const,
  detail: (id: string) => [...agentKeys.all, 'detail', id] as const,
  history: (id: string) => [...agentKeys.detail(id), 'history'] as const,
  historyEntry: (id: string, entryId: string) => [...agentKeys.history(id), entryId] as const,
};

export const agentPath = (id: string, rest = '') => `/api/agents/${encodeURIComponent(id)}${rest}`;

export function agentListSearchParams(params: AgentListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
  return search;
}

/** Every agent (id, name, tags) sorted by name: the pickers' list (the conversations filter uses it). */
export const agentsListQuery = () =>
  queryOptions({
    queryKey: agentKeys.options(),
    queryFn: () => apiFetch<{ agents: AgentOption[] }>('/api/agents/options'),
    staleTime: 5 * 60_000,
  });

/** One page of the agents list (search, sort, cursor) with what each row shows. */
export const agentsPageQuery = (params: AgentListParams) =>
  queryOptions({
    queryKey: agentKeys.list(params),
    queryFn: () => apiFetch<AgentListResult>(`/api/agents?${agentListSearchParams(params)}`),
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
    queryFn: () => apiFetch<{ entries: AgentHistoryEntry[] }>(agentPath(id, '/history')),
  });

export const agentHistoryEntryQuery = (id: string, entryId: string) =>
  queryOptions({
    queryKey: agentKeys.historyEntry(id, entryId),
    queryFn: () => apiFetch<AgentHistoryDetail>(agentPath(id, `/history/${encodeURIComponent(entryId)}`)),
    // A snapshot never changes.
    staleTime: Infinity,
  });
