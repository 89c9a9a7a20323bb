'use client';

import { useQuery } from '@tanstack/react-query';
import { NativeSelect } from '@/components/ui/native-select';
import { Label } from '@/components/ui/label';
import { agentsListQuery } from '@/lib/agents/queries';
import { BATCH_STATUSES, batchStatusLabel, type BatchFilters } from '@/lib/batches/model';

/** Agent and status, applied at once (each change is a navigation: the filters live in the URL). */
/** `onApply` gets only what changed: the page merges it with the filters asked for last, not the ones shown. */
export function BatchFiltersBar({ filters, onApply }: { filters: BatchFilters; onApply: (changes: Partial<BatchFilters>) => void }) {
  const agents = useQuery(agentsListQuery());
  return (
    <div className="grid gap-3 sm:grid-cols-[minmax(0,16rem)_minmax(0,12rem)]" data-testid="batch-filters">
      <div className="space-y-1">
        <Label htmlFor="batch-agent">Agent</Label>
        <NativeSelect id="batch-agent" data-testid="filter-agent" value={filters.agent ?? ''} onChange={(event) => onApply({ agent: event.target.value || undefined })}>
          <option value="">All agents</option>
          {/* A filtered agent shows even before (or without) the agent list. */}
          {filters.agent && !agents.data?.agents.some((a) => a.agent_id === filters.agent) ? <option value={filters.agent}>{filters.agent}</option> : null}
          {agents.data?.agents.map((agent) => (
            <option key={agent.agent_id} value={agent.agent_id}>
              {agent.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="space-y-1">
        <Label htmlFor="batch-status">Status</Label>
        <NativeSelect id="batch-status" data-testid="filter-status" value={filters.status ?? ''} onChange={(event) => onApply({ status: (event.target.value || undefined) as BatchFilters['status'] })}>
          <option value="">All statuses</option>
          {BATCH_STATUSES.map((status) => (
            <option key={status} value={status}>
              {batchStatusLabel(status)}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  );
}
