import { Badge } from '@/components/ui/badge';
import type { ConversationDetail } from '@/lib/conversations/upstream';
import { OutcomeBadge } from './conversation-status';

export function ConversationAnalysis({ conversation }: { conversation: ConversationDetail }) {
  const analysis = conversation.analysis;
  if (!analysis) {
    return <p className="text-sm text-muted-foreground">No analysis: it is made when a call ends normally.</p>;
  }
  const criteria = Object.values(analysis.evaluation_criteria_results ?? {});
  const data = Object.values(analysis.data_collection_results ?? {});
  return (
    <div className="space-y-6" data-testid="analysis">
      <section className="space-y-2">
        <h3 className="flex items-center gap-2 font-medium">
          Outcome <OutcomeBadge outcome={analysis.call_successful} />
        </h3>
        {analysis.transcript_summary ? <p className="text-sm leading-relaxed">{analysis.transcript_summary}</p> : null}
      </section>
      <section className="space-y-2">
        <h3 className="font-medium">Evaluation criteria</h3>
        {criteria.length === 0 ? <p className="text-sm text-muted-foreground">None configured for this agent.</p> : null}
        <ul className="space-y-2">
          {criteria.map((criterion) => (
            <li key={criterion.criteria_id} className="rounded-lg border p-3 text-sm">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {criterion.criteria_id} <OutcomeBadge outcome={criterion.result} />
              </p>
              {criterion.rationale ? <p className="mt-1 text-muted-foreground">{criterion.rationale}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="space-y-2">
        <h3 className="font-medium">Data collected</h3>
        {data.length === 0 ? <p className="text-sm text-muted-foreground">None configured for this agent.</p> : null}
        <ul className="space-y-2">
          {data.map((item) => (
            <li key={item.data_collection_id} className="rounded-lg border p-3 text-sm">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {item.data_collection_id}
                <Badge variant="secondary" className="font-mono">
                  {item.value === null || item.value === undefined ? '—' : String(item.value)}
                </Badge>
              </p>
              {item.rationale ? <p className="mt-1 text-muted-foreground">{item.rationale}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
