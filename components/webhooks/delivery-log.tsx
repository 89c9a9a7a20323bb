'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Inbox, Loader2 } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { EmptyState } from '@/components/common/empty-state';
import { ErrorState } from '@/components/common/error-state';
import { LoadingRows } from '@/components/common/loading-rows';
import { formatBytes, formatDateTime } from '@/lib/format';
import type { DeliveryRow } from '@/lib/webhooks/service';
import { WEBHOOK_TYPE_LABELS, WEBHOOK_TYPES, webhookTypeLabel, type WebhookType } from '@/lib/webhooks/labels';
import { deliveriesQuery } from '@/lib/webhooks/queries';
import { DeliveryViewer } from './delivery-viewer';

const ALL = 'all';

function useTypeFilter(): [WebhookType | null, (type: WebhookType | null) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const raw = params.get('type');
  const type = (WEBHOOK_TYPES as readonly string[]).includes(raw ?? '') ? (raw as WebhookType) : null;
  const setType = (next: WebhookType | null) => {
    const search = new URLSearchParams(params);
    if (next) search.set('type', next);
    else search.delete('type');
    router.push(search.size ? `${pathname}?${search}` : pathname, { scroll: false });
  };
  return [type, setType];
}

export function DeliveryLog() {
  const [type, setType] = useTypeFilter();
  const [openId, setOpenId] = useState<string | null>(null);
  const log = useInfiniteQuery(deliveriesQuery(type));
  const rows = log.data?.pages.flatMap((page) => page.deliveries) ?? [];

  return (
    <Card>
      <CardHeader className="gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="space-y-1.5">
          <CardTitle>Delivery log</CardTitle>
          <CardDescription>Accepted deliveries, newest first. Refused ones are only counted (see Health).</CardDescription>
        </div>
        <div className="space-y-1">
          <Label htmlFor="delivery-type">Type</Label>
          <Select value={type ?? ALL} onValueChange={(value) => setType(value === ALL ? null : (value as WebhookType))}>
            <SelectTrigger id="delivery-type" className="w-full sm:w-56" data-testid="delivery-type-filter">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL}>All types</SelectItem>
              {WEBHOOK_TYPES.map((value) => (
                <SelectItem key={value} value={value}>
                  {WEBHOOK_TYPE_LABELS[value]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      </CardHeader>
      <CardContent className="space-y-3">
        {log.isPending ? (
          <LoadingRows label="Loading deliveries…" />
        ) : log.isError ? (
          <ErrorState message={log.error.message} onRetry={() => log.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState
            icon={Inbox}
            title={type ? `No ${WEBHOOK_TYPE_LABELS[type].toLowerCase()} deliveries` : 'No deliveries yet'}
            description="When ElevenLabs sends a post-call webhook to the URL above, it appears here."
          />
        ) : (
          <>
            <DeliveryTable rows={rows} onOpen={setOpenId} />
            <DeliveryCards rows={rows} onOpen={setOpenId} />
            {log.hasNextPage ? (
              <Button variant="outline" onClick={() => log.fetchNextPage()} disabled={log.isFetchingNextPage} data-testid="deliveries-more">
                {log.isFetchingNextPage ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
                Load older deliveries
              </Button>
            ) : null}
          </>
        )}
      </CardContent>
      <DeliveryViewer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}

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
}

function DeliveryTable({ rows, onOpen }: RowsProps) {
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
                <Button variant="ghost" size="sm" onClick={() => onOpen(row.id)} data-testid="delivery-open">
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

function DeliveryCards({ rows, onOpen }: RowsProps) {
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
            <Button variant="outline" size="sm" onClick={() => onOpen(row.id)} data-testid="delivery-open">
              Payload
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
