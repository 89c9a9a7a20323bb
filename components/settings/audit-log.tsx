import { History } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { formatDateTime } from '@/lib/format';
import { AUDIT_ACTION_LABEL, type AuditEntry } from '@/lib/audit/model';

export function AuditLog({ entries }: { entries: AuditEntry[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <History className="size-4" aria-hidden /> Change log
        </CardTitle>
        <CardDescription>Who changed a secret or setting, or deleted a conversation, and when.</CardDescription>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <p className="text-sm text-muted-foreground">No changes yet.</p>
        ) : (
          <ol className="divide-y text-sm" data-testid="audit-log">
            {entries.map((entry) => (
              <li key={`${entry.at}-${entry.action}`} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:justify-between">
                <span className="flex items-center gap-2">
                  <Badge variant="outline">{AUDIT_ACTION_LABEL[entry.action]}</Badge>
                  {entry.detail}
                </span>
                <span className="text-muted-foreground">
                  {entry.actor} · {formatDateTime(entry.at)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
