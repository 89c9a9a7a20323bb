'use client';

import { Suspense, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Search, SlidersHorizontal, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { agentsListQuery } from '@/lib/agents/queries';
import { moreFiltersCount, OUTCOMES } from '@/lib/conversations/model';
import { OUTCOME_LABEL } from '@/lib/conversations/format';
import type { ConversationFilters } from '@/lib/conversations/model';

// The rarely used filters load when first opened: they stay out of the page's first-load JS.
const MoreFilters = lazyWithPreload(() => import('./more-filters'), 'MoreFilters');

interface Props {
  filters: ConversationFilters;
  onApply: (changes: Partial<ConversationFilters>) => void;
  onClear: () => void;
}

export function ConversationFiltersBar({ filters, onApply, onClear }: Props) {
  const agents = useQuery(agentsListQuery());
  const [search, setSearch] = useState(filters.search ?? '');
  const [moreOpen, setMoreOpen] = useState(false);
  const more = moreFiltersCount(filters);
  const active = Boolean(filters.agent || filters.outcome || filters.from || filters.to || filters.search || more);
  // A shared link may name an agent before the list of agents has loaded (or one since deleted).
  const unknownAgent = filters.agent && !agents.data?.agents.some((agent) => agent.agent_id === filters.agent);

  return (
    <div className="space-y-3 rounded-lg border bg-card p-3" data-testid="conversation-filters">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <form
          className="relative sm:col-span-2"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            onApply({ search: search.trim() || undefined });
          }}
        >
          <Label htmlFor="conversation-search" className="sr-only">
            Search transcripts
          </Label>
          <Search className="absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input
            id="conversation-search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Search transcripts…"
            className="pl-8"
            maxLength={200}
          />
        </form>
        <NativeSelect
          aria-label="Agent"
          value={filters.agent ?? ''}
          onChange={(event) => onApply({ agent: event.target.value || undefined })}
          data-testid="filter-agent"
        >
          <option value="">All agents</option>
          {unknownAgent ? <option value={filters.agent}>{filters.agent}</option> : null}
          {agents.data?.agents.map((agent) => (
            <option key={agent.agent_id} value={agent.agent_id}>
              {agent.name}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          aria-label="Outcome"
          value={filters.outcome ?? ''}
          onChange={(event) => onApply({ outcome: (event.target.value || undefined) as ConversationFilters['outcome'] })}
          data-testid="filter-outcome"
        >
          <option value="">Any outcome</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABEL[outcome]}
            </option>
          ))}
        </NativeSelect>
        <div className="flex items-center gap-2 lg:col-span-2">
          <Input
            type="date"
            aria-label="From date"
            value={filters.from?.slice(0, 10) ?? ''}
            onChange={(event) => onApply({ from: event.target.value || undefined })}
          />
          <span className="text-muted-foreground" aria-hidden>
            –
          </span>
          <Input
            type="date"
            aria-label="To date"
            value={filters.to?.slice(0, 10) ?? ''}
            onChange={(event) => onApply({ to: event.target.value || undefined })}
          />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-expanded={moreOpen}
          aria-controls={moreOpen ? 'more-filters' : undefined}
          onPointerEnter={MoreFilters.preload}
          onFocus={MoreFilters.preload}
          onClick={() => setMoreOpen((open) => !open)}
          data-testid="more-filters-toggle"
        >
          <SlidersHorizontal className="size-4" aria-hidden />
          More filters
          {more > 0 ? (
            <span className="rounded-full bg-primary px-1.5 text-xs text-primary-foreground" data-testid="more-filters-count">
              <span className="sr-only">(</span>
              {more}
              <span className="sr-only"> set)</span>
            </span>
          ) : null}
        </Button>
        {active ? (
          <Button type="button" variant="ghost" size="sm" onClick={onClear} data-testid="clear-filters">
            <X className="size-4" aria-hidden /> Clear filters
          </Button>
        ) : null}
      </div>
      {moreOpen ? (
        <Suspense fallback={<p className="text-sm text-muted-foreground">Loading filters…</p>}>
          <MoreFilters
            // Start again from the URL whenever it changes (back button, a shared link, "Clear").
            key={JSON.stringify([filters.min_duration, filters.max_duration, filters.evaluation, filters.data])}
            id="more-filters"
            filters={filters}
            onApply={onApply}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
