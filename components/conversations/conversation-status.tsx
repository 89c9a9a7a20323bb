import { Badge } from '@/components/ui/badge';
import { OUTCOME_LABEL, STATUS_LABEL } from '@/lib/conversations/format';

const OUTCOME_VARIANT: Record<string, 'default' | 'secondary' | 'destructive' | 'outline'> = {
  success: 'default',
  failure: 'destructive',
  unknown: 'secondary',
};

/** `labelled` where no column header says what the badge is: a lone "Unknown" says nothing. */
export function OutcomeBadge({ outcome, labelled = false }: { outcome: string; labelled?: boolean }) {
  const label = OUTCOME_LABEL[outcome] ?? outcome;
  return (
    <Badge variant={OUTCOME_VARIANT[outcome] ?? 'outline'} data-testid="outcome-badge">
      {labelled ? `Outcome: ${label.toLowerCase()}` : label}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <Badge variant={status === 'failed' ? 'destructive' : 'outline'}>{STATUS_LABEL[status] ?? status}</Badge>;
}
