'use client';

import Link from 'next/link';
import { useQueryClient } from '@tanstack/react-query';
import { ChevronRight, ListChecks, Plus } from 'lucide-react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { EmptyState } from '@/components/common/empty-state';
import { formatDateTime, formatUnixSeconds } from '@/lib/format';
import { NEW_BATCH_HREF, type BatchFilters, type BatchListPage, type BatchSummary } from '@/lib/batches/model';
import { batchDetailQuery } from '@/lib/batches/queries';
import { BatchProgressBar, BatchStatusBadge } from './batch-status';

interface ListProps {
  data: BatchListPage;
  filters: BatchFilters;
  firstPageHref: string;
  onNext: (cursor: string) => void;
  dimmed: boolean;
}

/** One page of the list, with paging. Loaded by BatchesBrowser beside the list request. */
export function BatchesList({ data, filters, firstPageHref, onNext, dimmed }: ListProps) {
  const queryClient = useQueryClient();
  const prefetch = (id: string) => void queryClient.prefetchQuery(batchDetailQuery(id));
  const filtered = Boolean(filters.agent || filters.status);
  if (data.batches.length === 0 && !filters.cursor) {
    return (
      <EmptyState
        icon={ListChecks}
        title={filtered ? 'No batches match these filters' : 'No batch calls yet'}
        description={filtered ? 'Try another agent or status.' : 'Upload a list of recipients, check it before anything is called, and schedule it.'}
        action={
          <Link href={NEW_BATCH_HREF} className={buttonVariants({ size: 'sm' })} data-testid="empty-new-batch">
            <Plus className="size-4" aria-hidden /> New batch
          </Link>
        }
      />
    );
  }
  return (
    <div className="space-y-3" aria-busy={dimmed}>
      {data.source === 'stale' ? (
        <Alert data-testid="stale-notice">
          <AlertDescription>
            ElevenLabs is not answering: this is the list as stored{data.storedAt ? ` (${formatDateTime(data.storedAt)})` : ''}. It refreshes on its own.
          </AlertDescription>
        </Alert>
      ) : null}
      <div className={`hidden rounded-lg border md:block ${dimmed ? 'opacity-60' : ''}`}>
        <Table data-testid="batches-table">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Agent</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>
                Progress <span className="font-normal text-muted-foreground">(finished / dispatched / scheduled)</span>
              </TableHead>
              <TableHead>Created</TableHead>
              <TableHead>Scheduled for</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.batches.map((batch) => (
              <TableRow key={batch.id} data-testid="batch-row" data-status={batch.status} data-agent={batch.agent_id}>
                <TableCell className="max-w-72">
                  <Link href={`/batch-calls/${batch.id}`} prefetch={false} className="line-clamp-1 font-medium hover:underline" onMouseEnter={() => prefetch(batch.id)} onFocus={() => prefetch(batch.id)}>
                    {batch.name}
                  </Link>
                </TableCell>
                <TableCell>{batch.agent_name ?? batch.agent_id}</TableCell>
                <TableCell>
                  <BatchStatusBadge status={batch.status} />
                </TableCell>
                <TableCell>
                  <BatchProgressBar batch={batch} compact />
                </TableCell>
                <TableCell className="whitespace-nowrap">{formatUnixSeconds(batch.created_at_unix)}</TableCell>
                <TableCell className="whitespace-nowrap">{scheduledFor(batch)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul className={`space-y-2 md:hidden ${dimmed ? 'opacity-60' : ''}`} data-testid="batches-cards">
        {data.batches.map((batch) => (
          <li key={batch.id} data-testid="batch-card" data-status={batch.status} data-agent={batch.agent_id}>
            <Link
              href={`/batch-calls/${batch.id}`}
              prefetch={false}
              className="block space-y-2 rounded-lg border bg-card p-3 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              onTouchStart={() => prefetch(batch.id)}
              onFocus={() => prefetch(batch.id)}
            >
              <div className="flex items-start justify-between gap-2">
                <p className="line-clamp-2 font-medium">{batch.name}</p>
                <BatchStatusBadge status={batch.status} />
              </div>
              <p className="text-sm text-muted-foreground">
                {batch.agent_name ?? batch.agent_id} · created {formatUnixSeconds(batch.created_at_unix)}
                {batch.status === 'pending' ? ` · scheduled for ${scheduledFor(batch)}` : ''}
              </p>
              <BatchProgressBar batch={batch} compact />
            </Link>
          </li>
        ))}
      </ul>
      <nav className="flex flex-wrap items-center justify-end gap-2" aria-label="Pages">
        {filters.cursor ? (
          <Link href={firstPageHref} className={buttonVariants({ variant: 'outline', size: 'sm' })} data-testid="first-page">
            First page
          </Link>
        ) : null}
        <Button variant="outline" size="sm" disabled={!data.nextCursor || dimmed} onClick={() => data.nextCursor && onNext(data.nextCursor)} data-testid="next-page">
          Older <ChevronRight className="size-4" aria-hidden />
        </Button>
      </nav>
    </div>
  );
}

function scheduledFor(batch: BatchSummary): string {
  return batch.scheduled_time_unix ? formatUnixSeconds(batch.scheduled_time_unix) : '—';
}
