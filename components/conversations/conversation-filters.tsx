'use client';

import { Suspense, useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Search, SlidersHorizontal, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { useViewerZone } from '@/components/common/viewer-zone';
import { agentsListQuery } from '@/lib/agents/queries';
import { isCompleteDate, moreFiltersCount, OUTCOMES } from '@/lib/conversations/model';
import { OUTCOME_LABEL } from '@/lib/conversations/format';
import type { ConversationFilters } from '@/lib/conversations/model';

/** How long typing must pause before the search applies: a word, not every letter, reaches the API. */
export const SEARCH_DEBOUNCE_MS = 400;

// The rarely used filters load when first opened: they stay out of the page's first-load JS.
const MoreFilters = lazyWithPreload(() => import('./more-filters'), 'MoreFilters');

interface Props {
  filters: ConversationFilters;
  onApply: (changes: Partial<ConversationFilters>) => void;
  onClear: () => void;
}

export function ConversationFiltersBar({ filters, onApply, onClear }: Props) {
  const agents = useQuery(agentsListQuery());
  const [search, setSearch] = useUrlDraft(filters.search ?? '', (value) => onApply({ search: value.trim() || undefined }), SEARCH_DEBOUNCE_MS);
  const [moreOpen, setMoreOpen] = useState(false);
  const zone = useViewerZone();
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
            search.flush();
          }}
        >
          <Label htmlFor="conversation-search" className="sr-only">
            Search transcripts
          </Label>
          <Search className="absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input
            id="conversation-search"
            value={search.value}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Search transcripts…"
            className="pl-8"
            maxLength={200}
            aria-describedby="conversation-search-hint"
          />
          <p id="conversation-search-hint" className="mt-1 text-xs text-muted-foreground" aria-live="polite" data-testid="search-hint">
            {search.pending ? 'Searching…' : 'Results update as you type.'}
          </p>
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
        <div className="lg:col-span-2">
          <div className="flex items-center gap-2">
            <DateFilter label="From date" value={filters.from?.slice(0, 10) ?? ''} onApply={(from) => onApply({ from })} />
            <span className="text-muted-foreground" aria-hidden>
              –
            </span>
            <DateFilter label="To date" value={filters.to?.slice(0, 10) ?? ''} onApply={(to) => onApply({ to })} />
          </div>
          {/* The days are the viewer's: the browser sends its zone with the request (lib/time-zone.ts). */}
          <p id="date-filter-zone" className="mt-1 text-xs text-muted-foreground" data-testid="date-filter-zone">
            Days in {zone ?? 'your time zone'}
          </p>
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

/**
 * An input's value while it is edited, with the URL's value as the source of truth: it follows the URL
 * when that changes from elsewhere (Back, "Clear filters", a link), but not when the URL merely catches
 * up with what was typed, so letters typed meanwhile are kept. `delayMs` applies typing after a pause.
 */
function useUrlDraft(urlValue: string, apply: (value: string) => void, delayMs?: number) {
  const [value, setValue] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  const [sent, setSent] = useState(urlValue);
  if (urlValue !== seen) {
    setSeen(urlValue);
    if (urlValue !== sent) {
      setValue(urlValue);
      setSent(urlValue);
    }
  }
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  });
  const pending = delayMs !== undefined && value.trim() !== sent.trim();
  const flush = (next = value) => {
    setSent(next);
    if (next.trim() !== urlValue.trim()) applyRef.current(next);
  };
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => {
      setSent(value);
      applyRef.current(value);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [pending, value, delayMs]);
  return [{ value, pending, flush }, setValue] as const;
}

/**
 * A date filter applied once a date is complete, or on Enter or leaving the field (which is also how an
 * emptied field clears it); never per keystroke, which sent years 0002, 0020 and 0202 along the way.
 */
function DateFilter({ label, value: urlValue, onApply }: { label: string; value: string; onApply: (value: string | undefined) => void }) {
  const [draft, setDraft] = useUrlDraft(urlValue, (value) => onApply(value || undefined));
  const settle = () => {
    if (draft.value === '' || isCompleteDate(draft.value)) draft.flush();
    else setDraft(urlValue);
  };
  return (
    <Input
      type="date"
      aria-label={label}
      aria-describedby="date-filter-zone"
      value={draft.value}
      onChange={(event) => {
        setDraft(event.target.value);
        if (isCompleteDate(event.target.value)) draft.flush(event.target.value);
      }}
      onBlur={settle}
      onKeyDown={(event) => {
        if (event.key === 'Enter') settle();
      }}
    />
  );
}
