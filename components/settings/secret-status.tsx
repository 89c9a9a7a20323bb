import { Badge } from '@/components/ui/badge';
import type { SecretState } from '@/lib/settings/model';
import { formatDateTime } from '@/lib/format';

export function SecretStatus({ state, testId }: { state: SecretState; testId: string }) {
  if (!state.configured) {
    return (
      <p className="text-sm text-muted-foreground" data-testid={testId}>
        <Badge variant="outline">Not set</Badge>
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <code className="rounded bg-muted px-2 py-0.5 font-mono" data-testid={testId}>
        {state.hint}
      </code>
      <span className="text-muted-foreground">
        set {state.updatedAt ? formatDateTime(state.updatedAt) : ''} by {state.updatedBy}
      </span>
    </div>
  );
}
