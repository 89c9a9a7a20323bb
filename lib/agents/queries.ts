import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type { AgentSummary } from './upstream';

export const agentKeys = {
  all: ['agents'] as const,
  list: () => [...agentKeys.all, 'list'] as const,
};

export const agentsListQuery = () =>
  queryOptions({
    queryKey: agentKeys.list(),
    queryFn: () => apiFetch<{ agents: AgentSummary[] }>('/api/agents'),
    staleTime: 5 * 60_000,
  });
