import { AGENT_FIELD_BY_PATH, AGENT_SECTION_LABEL, DATA_COLLECTION_PATH, EVALUATION_CRITERIA_PATH, type AgentChange } from '@/lib/agents/model';

const LIST_LABELS: Record<string, string> = {
  [EVALUATION_CRITERIA_PATH]: 'Analysis → Evaluation criteria',
  [DATA_COLLECTION_PATH]: 'Analysis → Data collection',
};

/** A changed path as the editor names it ("Voice → Speed"); fields the form does not show keep their path. */
export function changeLabel(path: string): string {
  const spec = AGENT_FIELD_BY_PATH.get(path);
  if (spec) return `${AGENT_SECTION_LABEL[spec.section]} → ${spec.label}`;
  const list = Object.keys(LIST_LABELS).find((prefix) => path === prefix || path.startsWith(`${prefix}.`));
  return list ? LIST_LABELS[list]! : path;
}

function show(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (value === null) return '(default)';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  return JSON.stringify(value, null, 2);
}

/** Changes field by field: the field, what it was, what it becomes. */
export function DiffList({ changes, beforeLabel = 'Before', afterLabel = 'After', testId = 'diff' }: { changes: AgentChange[]; beforeLabel?: string; afterLabel?: string; testId?: string }) {
  if (!changes.length) return <p className="text-sm text-muted-foreground">No differences.</p>;
  return (
    <ul className="space-y-3" data-testid={testId}>
      {changes.map((change) => (
        <li key={change.path} className="rounded-lg border p-3" data-testid="diff-item" data-path={change.path}>
          <p className="text-sm font-medium">{changeLabel(change.path)}</p>
          <p className="break-all font-mono text-xs text-muted-foreground">{change.path}</p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            <div className="min-w-0">
              <p className="text-xs text-muted-foreground">{beforeLabel}</p>
              <pre className="max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-destructive/10 p-2 text-xs" data-testid="diff-before">
                {show(change.before)}
              </pre>
            </div>
            <div className="min-w-0">
              <p className="text-xs text-muted-foreground">{afterLabel}</p>
              <pre className="max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-success/10 p-2 text-xs" data-testid="diff-after">
                {show(change.after)}
              </pre>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
