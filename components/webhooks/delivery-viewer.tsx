'use client';

import { useQuery } from '@tanstack/react-query';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { QueryState } from '@/components/common/query-state';
import { formatBytes, formatDateTime } from '@/lib/format';
import type { DeliveryDetail } from '@/lib/webhooks/model';
import { webhookTypeLabel } from '@/lib/webhooks/model';
import { deliveryQuery } from '@/lib/webhooks/queries';
import { callFailureFromPayload } from '@/lib/conversations/call-failure';
import { CallFailureSummary } from '@/components/conversations/call-failure';

/** The payload dialog, loaded on demand by the delivery log (Radix Dialog and the payload query). */
export function DeliveryViewer({ id, onClose }: { id: string | null; onClose: () => void }) {
  return (
    <Dialog open={id !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent className="max-h-[90dvh] max-w-3xl overflow-hidden" data-testid="delivery-viewer">
        {id ? <DeliveryBody id={id} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function DeliveryBody({ id }: { id: string }) {
  const delivery = useQuery(deliveryQuery(id));
  return (
    <QueryState query={delivery} loadingRows={3} loadingLabel="Loading payload…" frame={withDialogTitle}>
      {(data) => <DeliveryPayload data={data} />}
    </QueryState>
  );
}

/** A dialog needs its title while the payload loads or fails too. */
function withDialogTitle(content: React.ReactNode) {
  return (
    <>
      <DialogTitle>Delivery</DialogTitle>
      {content}
    </>
  );
}

function DeliveryPayload({ data }: { data: DeliveryDetail }) {
  // A call that never connected has no conversation to open: the failure itself is the news.
  const failure = data.type === 'call_initiation_failure' ? callFailureFromPayload(data.payload, data.receivedAt) : null;
  return (
    // min-w-0: as a grid item the column would otherwise grow to the payload's longest line.
    <div className="flex min-h-0 min-w-0 flex-col gap-4">
      <DialogHeader>
        <DialogTitle>{webhookTypeLabel(data.type)}</DialogTitle>
        <DialogDescription>
          Received {formatDateTime(data.receivedAt)} · {formatBytes(data.bytes)}
          {data.duplicate ? ' · duplicate (already applied once)' : ''}
        </DialogDescription>
      </DialogHeader>
      {failure ? <CallFailureSummary failure={failure} heading="h2" /> : null}
      {data.type === 'post_call_audio' && data.conversationId ? <AudioPreview conversationId={data.conversationId} payload={data.payload} /> : null}
      <pre
        className="max-h-[55dvh] min-h-0 max-w-full overflow-auto rounded-md border bg-muted p-3 font-mono text-xs leading-relaxed"
        tabIndex={0}
        aria-label="Payload as JSON"
        data-testid="delivery-payload"
      >
        {JSON.stringify(data.payload, null, 2)}
      </pre>
    </div>
  );
}

/** The MP3 is stored once, for the conversation; the payload keeps only its size. */
function AudioPreview({ conversationId, payload }: { conversationId: string; payload: unknown }) {
  const size = /<(\d+) bytes of MP3>/.exec(JSON.stringify(payload))?.[1];
  return (
    <div className="min-w-0 space-y-2 rounded-md border p-3 text-sm" data-testid="delivery-audio">
      <p>
        MP3 recording{size ? `, ${formatBytes(Number(size))}` : ''} — stored with the conversation.
      </p>
      <audio
        controls
        preload="none"
        className="w-full"
        aria-label="Recording"
        src={`/api/conversations/${encodeURIComponent(conversationId)}/audio`}
        data-testid="delivery-audio-player"
      />
    </div>
  );
}
