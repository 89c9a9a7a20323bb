import { queryRoots } from '@/lib/query/roots';
import { keepPreviousData, mutationOptions, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type {
  AgentHistoryDetail,
  AgentHistoryEntry,
  AgentListParams,
  AgentListResult,
  AgentResult,
  AgentTemplateKey,
  AgentUpdateRequest,
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

const agentPath = (id: string, rest = '') => `/api/agents/${encodeURIComponent(id)}${rest}`;

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

/** Creates upstream from a template; the caller opens the editor on the answer's agent. */
export const createAgentMutation = () =>
  mutationOptions({
    mutationKey: [...agentKeys.all, 'create'],
    mutationFn: (input: { name: string; template: AgentTemplateKey }) => apiFetch<AgentResult>('/api/agents', { method: 'POST', json: input }),
    meta: { invalidates: [agentKeys.lists(), agentKeys.options()], successMessage: 'Agent created', errorMessage: 'The agent was not created' },
  });

/**
 * Saves what buildAgentPatch produced, based on the `updated_at_unix_secs` the form loaded. A 409
 * (`conflict`, details `{ current }`) and a 422 (details `fields` named by dotted path) are the
 * editor's to show, so no toast for them here beyond the form's own handling.
 */
export const agentUpdateMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'update'],
    mutationFn: (input: AgentUpdateRequest) => apiFetch<AgentResult>(agentPath(id), { method: 'PATCH', json: input }),
    meta: {
      returns: agentKeys.detail(id),
      invalidates: [agentKeys.lists(), agentKeys.options(), agentKeys.history(id)],
      successMessage: 'Agent saved',
      errorMessage: 'The agent was not saved',
    },
  });

export const restoreAgentVersionMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'restore'],
    mutationFn: (input: { entryId: string; base_updated_at_unix_secs: number }) =>
      apiFetch<AgentResult>(agentPath(id, `/history/${encodeURIComponent(input.entryId)}/restore`), {
        method: 'POST',
        json: { base_updated_at_unix_secs: input.base_updated_at_unix_secs },
      }),
    meta: {
      returns: agentKeys.detail(id),
      invalidates: [agentKeys.lists(), agentKeys.options(), agentKeys.history(id)],
      successMessage: 'Version restored',
      errorMessage: 'The version was not restored',
    },
  });

export const duplicateAgentMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'duplicate'],
    mutationFn: (input: { name: string }) => apiFetch<AgentResult>(agentPath(id, '/duplicate'), { method: 'POST', json: input }),
    meta: { invalidates: [agentKeys.lists(), agentKeys.options()], successMessage: 'Agent duplicated', errorMessage: 'The agent was not duplicated' },
  });

export const deleteAgentMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'delete'],
    mutationFn: () => apiFetch<void>(agentPath(id), { method: 'DELETE' }),
    // The detail is dropped, not refetched: it would answer 404.
    onSuccess: (_data, _variables, _result, { client }) => client.removeQueries({ queryKey: agentKeys.detail(id) }),
    meta: { invalidates: [agentKeys.lists(), agentKeys.options()], successMessage: 'Agent deleted', errorMessage: 'The agent was not deleted' },
  });
