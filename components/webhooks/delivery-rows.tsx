'use client';

import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatBytes, formatDateTime } from '@/lib/format';
import type { DeliveryRow } from '@/lib/webhooks/model';
import { webhookTypeLabel } from '@/lib/webhooks/model';

function StateBadge({ row }: { row: DeliveryRow }) {
  return row.duplicate ? <Badge variant="secondary">Verified · duplicate</Badge> : <Badge variant="success">Verified</Badge>;
}

/** An event type this code does not know may name no conversation. */
function ConversationLink({ id, className }: { id: string | null; className: string }) {
  if (!id) return <span className="text-muted-foreground">—</span>;
  return (
    <Link href={`/conversations/${encodeURIComponent(id)}`} className={className}>
      {id}
    </Link>
  );
}

interface RowsProps {
  rows: DeliveryRow[];
  onOpen: (id: string) => void;
  /** A pointer or focus on "Payload": the viewer's code can start loading. */
  onIntent: () => void;
}

/** The log's rows: a table on desktop, cards on a phone. Loaded by DeliveryLog beside the log request. */
export function DeliveryRows(props: RowsProps) {
  return (
    <>
      <DeliveryTable {...props} />
      <DeliveryCards {...props} />
    </>
  );
}

function DeliveryTable({ rows, onOpen, onIntent }: RowsProps) {
  return (
    <div className="hidden md:block">
      <Table data-testid="deliveries-table">
        <TableHeader>
          <TableRow>
            <TableHead>Received</TableHead>
            <TableHead>Type</TableHead>
            <TableHead>Conversation</TableHead>
            <TableHead className="text-right">Size</TableHead>
            <TableHead>State</TableHead>
            <TableHead>
              <span className="sr-only">Payload</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-testid="delivery-row">
              <TableCell className="whitespace-nowrap">{formatDateTime(row.receivedAt)}</TableCell>
              <TableCell>{webhookTypeLabel(row.type)}</TableCell>
              <TableCell className="max-w-56 truncate font-mono text-xs">
                <ConversationLink id={row.conversationId} className="underline-offset-4 hover:underline" />
              </TableCell>
              <TableCell className="text-right tabular-nums">{formatBytes(row.bytes)}</TableCell>
              <TableCell>
                <StateBadge row={row} />
              </TableCell>
              <TableCell className="text-right">
                <Button variant="ghost" size="sm" onPointerEnter={onIntent} onFocus={onIntent} onClick={() => onOpen(row.id)} data-testid="delivery-open">
                  Payload
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function DeliveryCards({ rows, onOpen, onIntent }: RowsProps) {
  return (
    <ul className="space-y-2 md:hidden" data-testid="deliveries-cards">
      {rows.map((row) => (
        <li key={row.id} className="space-y-2 rounded-lg border p-3 text-sm" data-testid="delivery-card">
          <div className="flex items-center justify-between gap-2">
            <span className="font-medium">{webhookTypeLabel(row.type)}</span>
            <StateBadge row={row} />
          </div>
          <p className="text-muted-foreground">
            {formatDateTime(row.receivedAt)} · {formatBytes(row.bytes)}
          </p>
          <div className="flex items-center justify-between gap-2">
            <ConversationLink id={row.conversationId} className="min-w-0 truncate font-mono text-xs underline underline-offset-4" />
            <Button variant="outline" size="sm" onPointerEnter={onIntent} onFocus={onIntent} onClick={() => onOpen(row.id)} data-testid="delivery-open">
              Payload
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
