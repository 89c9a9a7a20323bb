'use client';

import { useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { EmptyState } from '@/components/common/empty-state';
import { countByStatus, recipientStatusLabel, recipientVariables, type BatchRecipient } from '@/lib/batches/model';
import { RecipientStatusBadge } from './batch-status';

/** Rows kept rendered beyond the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 12;

/**
 * The recipients, filtered by status, in a scrolling box that renders only the rows in view
 * (@tanstack/react-virtual): 10,000 recipients cost the same to show and to filter as 30.
 */
export function RecipientsTable({ recipients }: { recipients: BatchRecipient[] }) {
  const [status, setStatus] = useState('');
  const counts = useMemo(() => countByStatus(recipients), [recipients]);
  const shown = useMemo(() => (status ? recipients.filter((r) => r.status === status) : recipients), [recipients, status]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: OVERSCAN,
    getItemKey: (index) => shown[index]!.id,
  });
  const statuses = Object.entries(counts).filter(([, count]) => count > 0);
  return (
    <section className="space-y-3" aria-labelledby="recipients-heading">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="recipients-heading" className="text-lg font-semibold">
          Recipients <span className="text-sm font-normal text-muted-foreground" data-testid="recipients-count">({shown.length.toLocaleString()} of {recipients.length.toLocaleString()})</span>
        </h2>
        <div className="w-full space-y-1 sm:w-56">
          <Label htmlFor="recipient-status">Status</Label>
          <NativeSelect id="recipient-status" value={status} onChange={(event) => setStatus(event.target.value)} data-testid="recipient-status-filter">
            <option value="">All ({recipients.length.toLocaleString()})</option>
            {statuses.map(([value, count]) => (
              <option key={value} value={value}>
                {recipientStatusLabel(value)} ({count.toLocaleString()})
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      {shown.length === 0 ? (
        <EmptyState title="No recipients in this status" />
      ) : (
        <div role="table" aria-label="Recipients" aria-rowcount={shown.length + 1} className="rounded-lg border" data-testid="recipients-table">
          <div role="rowgroup" className="hidden border-b bg-muted/40 text-xs font-medium text-muted-foreground md:block">
            <div role="row" className="grid grid-cols-[minmax(9rem,1fr)_8rem_minmax(8rem,1fr)_minmax(10rem,2fr)] gap-3 px-3 py-2">
              <span role="columnheader">Phone number</span>
              <span role="columnheader">Status</span>
              <span role="columnheader">Conversation</span>
              <span role="columnheader">Variables</span>
            </div>
          </div>
          {/* Focusable so the keyboard can scroll it; its links are reachable with Tab as usual. */}
          <div ref={scroller} role="rowgroup" tabIndex={0} aria-label="Recipients, scrollable" className="max-h-[32rem] overflow-auto focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring" data-testid="recipients-scroller">
            <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const recipient = shown[item.index]!;
                return (
                  <div
                    key={item.key}
                    ref={virtualizer.measureElement}
                    data-index={item.index}
                    role="row"
                    aria-rowindex={item.index + 2}
                    className="absolute left-0 top-0 grid w-full grid-cols-[1fr_auto] gap-x-3 gap-y-1 border-b px-3 py-2 text-sm md:grid-cols-[minmax(9rem,1fr)_8rem_minmax(8rem,1fr)_minmax(10rem,2fr)] md:items-center"
                    style={{ transform: `translateY(${item.start}px)` }}
                    data-testid="recipient-row"
                    data-status={recipient.status}
                  >
                    <span role="cell" className="truncate font-medium tabular-nums">
                      {recipient.phone_number ?? recipient.whatsapp_user_id ?? recipient.id}
                    </span>
                    <span role="cell" className="justify-self-end md:justify-self-start">
                      <RecipientStatusBadge status={recipient.status} />
                    </span>
                    <span role="cell" className="truncate text-muted-foreground">
                      {recipient.conversation_id ? (
                        <Link href={`/conversations/${recipient.conversation_id}`} prefetch={false} className="text-foreground hover:underline" data-testid="recipient-conversation">
                          View call
                        </Link>
                      ) : (
                        'No call yet'
                      )}
                    </span>
                    <span role="cell" className="col-span-2 truncate text-xs text-muted-foreground md:col-span-1">
                      {recipientVariables(recipient)
                        .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
                        .join(' · ') || '—'}
                    </span>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
