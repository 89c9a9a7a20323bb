'use client';

import Link from 'next/link';
import { Headphones } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button, buttonVariants } from '@/components/ui/button';
import { formatDateTime } from '@/lib/format';
import { CALL_STATUS_LABEL, type CallStatus, type CallView } from '@/lib/calls/model';

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

/** `older`: how to load the next, older page, when there is one. */
export function RecentCallRows({ calls, older }: { calls: CallView[]; older: { loading: boolean; load: () => void } | null }) {
  return (
    <div className="space-y-3">
      <ul className="divide-y rounded-lg border" data-testid="recent-calls">
        {calls.map((call) => (
          <CallRow key={call.call_id} call={call} />
        ))}
      </ul>
      {older ? (
        <Button variant="outline" size="sm" disabled={older.loading} onClick={older.load}>
          Older calls
        </Button>
      ) : null}
    </div>
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
