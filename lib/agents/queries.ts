import { queryRoots } from '@/lib/query/roots';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type { AgentDetail } from './model';
import type { AgentSummary } from './upstream';

export const agentKeys = {
  all: queryRoots.agents,
  list: () => [...agentKeys.all, 'list'] as const,
  detail: (id: string) => [...agentKeys.all, 'detail', id] as const,
};

export const agentsListQuery = () =>
  queryOptions({
    queryKey: agentKeys.list(),
    queryFn: () => apiFetch<{ agents: AgentSummary[] }>('/api/agents'),
    staleTime: 5 * 60_000,
  });

export const agentDetailQuery = (id: string) =>
  queryOptions({
    queryKey: agentKeys.detail(id),
    queryFn: () => apiFetch<{ agent: AgentDetail }>(`/api/agents/${encodeURIComponent(id)}`),
    staleTime: 60_000,
  });
