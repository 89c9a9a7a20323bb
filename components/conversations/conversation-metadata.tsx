import Link from 'next/link';
import type { ConversationDetail } from '@/lib/conversations/upstream';
import { formatUnixSeconds } from '@/lib/format';
import { formatDuration } from '@/lib/conversations/format';

type Row = [label: string, value: React.ReactNode];

function text(value: unknown): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

export function ConversationMetadata({ conversation }: { conversation: ConversationDetail }) {
  const { metadata } = conversation;
  const phone = metadata.phone_call as Record<string, unknown> | null | undefined;
  const rows: Row[] = [
    ['Conversation ID', <code key="id" className="break-all font-mono text-xs">{conversation.conversation_id}</code>],
    ['Agent', conversation.agent_name ?? conversation.agent_id],
    ['Started', formatUnixSeconds(metadata.start_time_unix_secs)],
    ['Duration', formatDuration(metadata.call_duration_secs)],
    ['Cost', metadata.cost === null || metadata.cost === undefined ? null : `${metadata.cost} credits`],
    ['Ended because', text(metadata.termination_reason)],
    ['Error', metadata.error ? `${metadata.error.code ?? ''} ${metadata.error.reason ?? ''}`.trim() : null],
  ];
  if (phone) {
    rows.push(
      ['Phone provider', text(phone.type)],
      ['Direction', text(phone.direction)],
      ['Agent number', text(phone.agent_number)],
      ['Other party', text(phone.external_number)],
    );
  }
  if (metadata.batch_call) {
    rows.push(['Batch', <Link key="batch" className="underline" href={`/batch-calls/${metadata.batch_call.batch_call_id}`}>{metadata.batch_call.batch_call_id}</Link>]);
  }
  const variables = Object.entries(conversation.conversation_initiation_client_data?.dynamic_variables ?? {}).filter(
    ([name]) => name !== 'system__conversation_history',
  );
  return (
    <div className="space-y-6" data-testid="metadata">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows
          .filter(([, value]) => value !== null && value !== undefined)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="min-w-0 break-words">{value}</dd>
            </div>
          ))}
      </dl>
      <section className="space-y-2">
        <h3 className="font-medium">Dynamic variables</h3>
        {variables.length === 0 ? (
          <p className="text-sm text-muted-foreground">None.</p>
        ) : (
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {variables.map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="font-mono text-xs text-muted-foreground">{name}</dt>
                <dd className="min-w-0 break-words font-mono text-xs">{JSON.stringify(value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
