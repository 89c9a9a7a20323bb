import { Badge } from '@/components/ui/badge';
import { batchProgress, batchStatusLabel, recipientStatusLabel, type BatchSummary } from '@/lib/batches/model';

type Variant = 'default' | 'secondary' | 'destructive' | 'success' | 'warning' | 'outline';

const BATCH_VARIANT: Record<string, Variant> = { pending: 'outline', in_progress: 'warning', completed: 'success', failed: 'destructive', cancelled: 'secondary' };
const RECIPIENT_VARIANT: Record<string, Variant> = {
  pending: 'outline',
  dispatched: 'outline',
  initiated: 'warning',
  in_progress: 'warning',
  completed: 'success',
  failed: 'destructive',
  voicemail: 'secondary',
  cancelled: 'secondary',
};

export function BatchStatusBadge({ status }: { status: string }) {
  return (
    <Badge variant={BATCH_VARIANT[status] ?? 'outline'} data-testid="batch-status" data-status={status}>
      {batchStatusLabel(status)}
    </Badge>
  );
}

export function RecipientStatusBadge({ status }: { status: string }) {
  return <Badge variant={RECIPIENT_VARIANT[status] ?? 'outline'}>{recipientStatusLabel(status)}</Badge>;
}

/** finished / dispatched / scheduled, as a bar and in words. */
export function BatchProgressBar({ batch, compact = false }: { batch: BatchSummary; compact?: boolean }) {
  const { finished, dispatched, scheduled, percent } = batchProgress(batch);
  const dispatchedPercent = scheduled ? Math.floor((dispatched / scheduled) * 100) : 0;
  const words = `${finished} finished · ${dispatched} dispatched · ${scheduled} scheduled`;
  return (
    <div className={compact ? 'min-w-36 space-y-1' : 'space-y-2'}>
      <div
        role="progressbar"
        aria-label={`Progress: ${words}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className={`relative w-full overflow-hidden rounded-full bg-muted ${compact ? 'h-1.5' : 'h-3'}`}
        data-testid="batch-progress"
        data-finished={finished}
        data-scheduled={scheduled}
      >
        <div className="absolute inset-y-0 left-0 bg-primary/30" style={{ width: `${dispatchedPercent}%` }} />
        <div className="absolute inset-y-0 left-0 bg-primary" style={{ width: `${percent}%` }} />
      </div>
      <p className={`tabular-nums text-muted-foreground ${compact ? 'text-xs' : 'text-sm'}`} data-testid="batch-progress-text">
        {compact ? `${finished} / ${dispatched} / ${scheduled}` : `${words} (${percent}%)`}
      </p>
    </div>
  );
}
