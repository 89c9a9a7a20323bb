import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryKeys } from '@/lib/query/keys';
import type { AgentSummary } from './upstream';

export const agentsListQuery = () =>
  queryOptions({
    queryKey: queryKeys.agents.list(),
    queryFn: () => apiFetch<{ agents: AgentSummary[] }>('/api/agents'),
    staleTime: 5 * 60_000,
  });
