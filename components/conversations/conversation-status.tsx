import { Badge } from '@/components/ui/badge';
import { OUTCOME_LABEL, STATUS_LABEL } from '@/lib/conversations/format';

const OUTCOME_VARIANT: Record<string, 'default' | 'secondary' | 'destructive' | 'outline'> = {
  success: 'default',
  failure: 'destructive',
  unknown: 'secondary',
};

export function OutcomeBadge({ outcome }: { outcome: string }) {
  return <Badge variant={OUTCOME_VARIANT[outcome] ?? 'outline'}>{OUTCOME_LABEL[outcome] ?? outcome}</Badge>;
}

export function StatusBadge({ status }: { status: string }) {
  return <Badge variant={status === 'failed' ? 'destructive' : 'outline'}>{STATUS_LABEL[status] ?? status}</Badge>;
}
