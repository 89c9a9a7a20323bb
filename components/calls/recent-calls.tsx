'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Download, Headphones, PhoneOutgoing, X } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button, buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { EmptyState } from '@/components/common/empty-state';
import { QueryState } from '@/components/common/query-state';
import { agentsListQuery } from '@/lib/agents/queries';
import { formatDateTime } from '@/lib/format';
import {
  CALL_OUTCOME_LABEL,
  CALL_OUTCOMES,
  CALL_STATUS_LABEL,
  callFiltersToSearchParams,
  type CallFilters,
  type CallStatus,
  type CallView,
} from '@/lib/calls/model';
import { callsListQuery } from '@/lib/calls/queries';
import { phoneNumberOptionLabel } from '@/lib/phone-numbers/model';
import { phoneNumbersQuery } from '@/lib/phone-numbers/queries';

const STATUS_VARIANT: Record<CallStatus, 'default' | 'secondary' | 'destructive' | 'outline'> = {
  initiated: 'outline',
  in_progress: 'secondary',
  done: 'default',
  failed: 'destructive',
  unknown: 'outline',
};

export function CallStatusBadge({ status }: { status: CallStatus }) {
  return (
    <Badge variant={STATUS_VARIANT[status]} data-testid="call-status" data-status={status}>
      {CALL_STATUS_LABEL[status]}
    </Badge>
  );
}

/** Recent calls, newest first; the filters live in the URL and the list refreshes until every call is final. */
export function RecentCalls({ filters }: { filters: CallFilters }) {
  const router = useRouter();
  const pathname = usePathname();
  const apply = (changes: Partial<CallFilters>) => {
    const query = callFiltersToSearchParams({ ...filters, ...changes, cursor: undefined }).toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const list = useInfiniteQuery(callsListQuery(filters));
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
            <div className="space-y-3">
              <ul className="divide-y rounded-lg border" data-testid="recent-calls">
                {calls.map((call) => (
                  <CallRow key={call.call_id} call={call} />
                ))}
              </ul>
              {list.hasNextPage ? (
                <Button variant="outline" size="sm" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  Older calls
                </Button>
              ) : null}
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}

function CallRow({ call }: { call: CallView }) {
  return (
    <li className="grid gap-2 p-3 sm:grid-cols-[1fr_auto] sm:items-center" data-testid="call-row" data-call-id={call.call_id} data-status={call.status}>
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium tabular-nums">{call.to_number}</span>
          <CallStatusBadge status={call.status} />
        </p>
        <p className="text-sm text-muted-foreground">
          {call.agent_name} · from {call.from_number} · {formatDateTime(call.placed_at)}
        </p>
        {call.failure_reason ? (
          <p className="text-sm text-destructive" data-testid="call-failure-reason">
            {call.failure_reason}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        {call.conversation_id && call.outcome === 'placed' ? (
          <Link href={`/conversations/${call.conversation_id}`} prefetch={false} className={buttonVariants({ variant: 'outline', size: 'sm' })} data-testid="call-conversation">
            Conversation
          </Link>
        ) : null}
        {call.conversation_id && call.has_audio ? (
          <a href={`/api/conversations/${call.conversation_id}/audio`} className={buttonVariants({ variant: 'ghost', size: 'sm' })} data-testid="call-audio">
            <Headphones className="size-4" aria-hidden /> Audio
          </a>
        ) : null}
      </div>
    </li>
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
