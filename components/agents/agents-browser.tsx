'use client';

import { Suspense, useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CloudOff, Search } from 'lucide-react';
import { useAppRouter } from '@/components/common/use-app-router';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { agentListHref, defaultDirection } from '@/lib/agents/list-params';
import { agentsPageQuery } from '@/lib/agents/queries';
import type { AgentListParams, AgentSort, SortDirection } from '@/lib/agents/model';

/** Typing must pause this long before the search applies: a word, not every letter, reaches the API. */
const SEARCH_DEBOUNCE_MS = 400;

// The rows show only once the list has answered: their code (table, cards, paging) is fetched beside
// that request, out of the page's first load.
const AgentsList = lazyWithPreload(() => import('./agents-list'), 'AgentsList');

const SORT_OPTIONS: Array<{ value: string; label: string; sort: AgentSort; direction: SortDirection }> = [
  { value: 'created_at:desc', label: 'Newest first', sort: 'created_at', direction: 'desc' },
  { value: 'created_at:asc', label: 'Oldest first', sort: 'created_at', direction: 'asc' },
  { value: 'name:asc', label: 'Name A→Z', sort: 'name', direction: 'asc' },
  { value: 'name:desc', label: 'Name Z→A', sort: 'name', direction: 'desc' },
  { value: 'call_count_7d:desc', label: 'Most calls (7 days)', sort: 'call_count_7d', direction: 'desc' },
];

/** Search, sort and the page live in the URL: a view can be shared, and Back returns to it. */
export function AgentsBrowser({ params }: { params: AgentListParams }) {
  const router = useAppRouter();
  const apply = (changes: Partial<AgentListParams>) => router.replace(agentListHref({ ...params, ...changes, cursor: undefined }));
  const sort = params.sort ?? 'created_at';
  const sortValue = `${sort}:${params.direction ?? defaultDirection(sort)}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 rounded-lg border bg-card p-3 sm:flex-row sm:items-center" data-testid="agent-filters">
        <SearchBox value={params.search ?? ''} onApply={(search) => apply({ search: search || undefined })} />
        <div className="sm:w-56">
          <Label htmlFor="agent-sort" className="sr-only">
            Sort
          </Label>
          <NativeSelect
            id="agent-sort"
            value={sortValue}
            onChange={(event) => {
              const option = SORT_OPTIONS.find((item) => item.value === event.target.value)!;
              apply({ sort: option.sort, direction: option.direction });
            }}
            data-testid="agent-sort"
          >
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      <AgentsPage params={params} />
    </div>
  );
}

function SearchBox({ value: urlValue, onApply }: { value: string; onApply: (value: string) => void }) {
  const [value, setValue] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  // Back/forward (or a link) changed the URL: the box follows it.
  if (urlValue !== seen) {
    setSeen(urlValue);
    setValue(urlValue);
  }
  const applyRef = useRef(onApply);
  useEffect(() => {
    applyRef.current = onApply;
  });
  const pending = value.trim() !== urlValue.trim();
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => applyRef.current(value.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [pending, value]);
  return (
    <form
      role="search"
      className="relative flex-1"
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) onApply(value.trim());
      }}
    >
      <Label htmlFor="agent-search" className="sr-only">
        Search agents by name
      </Label>
      <Search className="absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
      <Input
        id="agent-search"
        type="search"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder="Search agents by name…"
        className="pl-8"
        maxLength={200}
        data-testid="agent-search"
      />
    </form>
  );
}

function AgentsPage({ params }: { params: AgentListParams }) {
  const page = useQuery(agentsPageQuery(params));
  usePreloadOnMount(AgentsList);
  return (
    <QueryState query={page} loadingLabel="Loading agents…" errorTitle="The agents could not be loaded">
      {(data) => (
        <>
          {data.stale ? (
            <Alert variant="warning" data-testid="agents-stale">
              <CloudOff aria-hidden />
              <AlertTitle>ElevenLabs is not answering</AlertTitle>
              <AlertDescription>
                These are the agents as this dashboard last saw them; they may be out of date.{' '}
                <button type="button" className="underline" onClick={() => void page.refetch()}>
                  Try again
                </button>
              </AlertDescription>
            </Alert>
          ) : null}
          <Suspense fallback={<LoadingRows />}>
            <AgentsList data={data} params={params} dimmed={page.isPlaceholderData} />
          </Suspense>
        </>
      )}
    </QueryState>
  );
}
