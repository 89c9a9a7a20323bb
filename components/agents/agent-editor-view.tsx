'use client';

import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { agentDetailQuery } from '@/lib/agents/queries';
import type { AgentResult } from '@/lib/agents/model';

// The editor (its fields, rules and diff code) shows only once the agent has answered: it is fetched
// beside that request, out of the page's first load.
const AgentEditor = lazyWithPreload(() => import('./agent-editor'), 'AgentEditor');

/** Starts fetching the editor's code (a list row calls it on hover or touch, beside the agent's data). */
export const preloadAgentEditor = () => AgentEditor.preload();

export function AgentEditorView({ id }: { id: string }) {
  const query = useQuery(agentDetailQuery(id));
  usePreloadOnMount(AgentEditor);
  const editor = ({ agent, stale }: AgentResult) => (
    <Suspense fallback={<LoadingRows rows={8} label="Loading the editor…" />}>
      {/* Keyed by id: another agent (after a duplicate) starts a fresh draft. */}
      <AgentEditor key={agent.agent_id} agent={agent} stale={stale} />
    </Suspense>
  );
  // Once loaded, the editor stays: a failed background refetch must not replace unsaved work with an error.
  if (query.data) return editor(query.data);
  return (
    <QueryState query={query} loadingRows={8} loadingLabel="Loading the agent…" errorTitle="The agent could not be loaded">
      {editor}
    </QueryState>
  );
}
