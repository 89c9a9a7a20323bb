'use client';

import { Suspense } from 'react';
import { usePathname } from 'next/navigation';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Download, PhoneOutgoing, X } from 'lucide-react';
import { useAppRouter } from '@/components/common/use-app-router';
import { Button, buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { EmptyState } from '@/components/common/empty-state';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { agentsListQuery } from '@/lib/agents/queries';
import {
  CALL_OUTCOME_LABEL,
  CALL_OUTCOMES,
  callFiltersToSearchParams,
  type CallFilters,
} from '@/lib/calls/model';
import { callsListQuery } from '@/lib/calls/queries';
import { phoneNumberOptionLabel } from '@/lib/phone-numbers/model';
import { phoneNumbersQuery } from '@/lib/phone-numbers/queries';

// The rows show only once the list has answered: their code is fetched beside that request, out of the
// page's first load (as the conversations list does).
const RecentCallRows = lazyWithPreload(() => import('./recent-call-rows'), 'RecentCallRows');

/** Recent calls, newest first; the filters live in the URL and the list refreshes until every call is final. */
export function RecentCalls({ filters }: { filters: CallFilters }) {
  const router = useAppRouter();
  const pathname = usePathname();
  const apply = (changes: Partial<CallFilters>) => {
    const query = callFiltersToSearchParams({ ...filters, ...changes, cursor: undefined }).toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const list = useInfiniteQuery(callsListQuery(filters));
  usePreloadOnMount(RecentCallRows);
  const exportQuery = callFiltersToSearchParams(filters).toString();
  return (
    <section className="space-y-3" aria-labelledby="recent-calls-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="recent-calls-title" className="text-lg font-semibold">
          Recent calls
        </h2>
        <a href={`/api/calls/export${exportQuery ? `?${exportQuery}` : ''}`} download className={buttonVariants({ variant: 'outline', size: 'sm' })} data-testid="calls-export">
          <Download className="size-4" aria-hidden /> Export CSV
        </a>
      </div>
      <CallFiltersBar filters={filters} onApply={apply} onClear={() => router.replace(pathname, { scroll: false })} />
      <QueryState query={list} loadingLabel="Loading recent calls">
        {(data) => {
          const calls = data.pages.flatMap((page) => page.calls);
          if (calls.length === 0) return <EmptyState icon={PhoneOutgoing} title="No calls yet" description="Calls placed from this page show here, newest first." />;
          return (
            <Suspense fallback={<LoadingRows />}>
              <RecentCallRows calls={calls} older={list.hasNextPage ? { loading: list.isFetchingNextPage, load: () => void list.fetchNextPage() } : null} />
            </Suspense>
          );
        }}
      </QueryState>
    </section>
  );
}

function CallFiltersBar({ filters, onApply, onClear }: { filters: CallFilters; onApply: (changes: Partial<CallFilters>) => void; onClear: () => void }) {
  const agents = useQuery(agentsListQuery());
  const numbers = useQuery(phoneNumbersQuery());
  const active = Boolean(filters.agent_id || filters.from_phone_number_id || filters.outcome || filters.date_from || filters.date_to);
  return (
    <div className="grid grid-cols-1 gap-3 rounded-lg border bg-card p-3 sm:grid-cols-2 lg:grid-cols-6" data-testid="call-filters">
      <div className="space-y-1">
        <Label htmlFor="calls-agent">Agent</Label>
        <NativeSelect id="calls-agent" value={filters.agent_id ?? ''} onChange={(e) => onApply({ agent_id: e.target.value || undefined })}>
          <option value="">All agents</option>
          {(agents.data?.agents ?? []).map((a) => (
            <option key={a.agent_id} value={a.agent_id}>
              {a.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="space-y-1">
        <Label htmlFor="calls-from">From</Label>
        <NativeSelect id="calls-from" value={filters.from_phone_number_id ?? ''} onChange={(e) => onApply({ from_phone_number_id: e.target.value || undefined })}>
          <option value="">All numbers</option>
          {(numbers.data?.phone_numbers ?? []).map((n) => (
            <option key={n.phone_number_id} value={n.phone_number_id}>
              {phoneNumberOptionLabel(n)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="space-y-1">
        <Label htmlFor="calls-outcome">Outcome</Label>
        <NativeSelect id="calls-outcome" value={filters.outcome ?? ''} onChange={(e) => onApply({ outcome: (e.target.value || undefined) as CallFilters['outcome'] })}>
          <option value="">Any outcome</option>
          {CALL_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {CALL_OUTCOME_LABEL[outcome]}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="space-y-1">
        <Label htmlFor="calls-date-from">From date</Label>
        <Input id="calls-date-from" type="date" value={filters.date_from ?? ''} onChange={(e) => onApply({ date_from: e.target.value || undefined })} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="calls-date-to">To date</Label>
        <Input id="calls-date-to" type="date" value={filters.date_to ?? ''} onChange={(e) => onApply({ date_to: e.target.value || undefined })} />
      </div>
      <div className="flex items-end">
        <Button variant="ghost" size="sm" disabled={!active} onClick={onClear}>
          <X className="size-4" aria-hidden /> Clear filters
        </Button>
      </div>
    </div>
  );
}
