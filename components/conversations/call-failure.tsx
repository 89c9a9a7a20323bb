'use client';

import { useQuery } from '@tanstack/react-query';
import { PhoneOff } from 'lucide-react';
import { DateTime } from '@/components/common/date-time';
import { agentsListQuery } from '@/lib/agents/queries';
import { describeCallFailure } from '@/lib/conversations/call-failure';
import type { CallFailure } from '@/lib/conversations/model';

/**
 * A call that never connected, as its `call_initiation_failure` webhook reported it: why, which
 * number, which agent. Shown by the conversation page and the webhook delivery viewer.
 */
export function CallFailureSummary({ failure, heading = 'h2' }: { failure: CallFailure; heading?: 'h1' | 'h2' }) {
  const agents = useQuery({ ...agentsListQuery(), enabled: failure.agentId !== '' });
  const agentName = agents.data?.agents.find((agent) => agent.agent_id === failure.agentId)?.name;
  const { reason, to, from, providerDetail } = describeCallFailure(failure);
  const Heading = heading;
  const reportedMs = Date.parse(failure.at);
  const rows: Array<[string, React.ReactNode]> = [
    ['Reason', reason],
    ['Number called', to],
    ['Called from', from],
    ['Agent', agentName ? `${agentName} (${failure.agentId})` : failure.agentId || null],
    ['Provider says', providerDetail],
    // The viewer's zone, as every time on the conversation pages: this part is rendered on the server too,
    // where the browser's own locale and zone are not known (a mismatch breaks hydration).
    ['Reported', Number.isFinite(reportedMs) ? <DateTime unixSeconds={reportedMs / 1000} /> : failure.at],
    ['Conversation ID', failure.conversationId],
  ];
  return (
    <section className="min-w-0 space-y-3 rounded-lg border border-destructive/40 bg-destructive/5 p-4" data-testid="call-failure">
      <Heading className="flex items-center gap-2 font-semibold">
        <PhoneOff className="size-4 text-destructive" aria-hidden /> The call failed to connect
      </Heading>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
        {rows.map(([label, value]) =>
          value ? (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="mb-1 break-words font-medium sm:mb-0" data-testid={`call-failure-${label.toLowerCase().replaceAll(' ', '-')}`}>
                {value}
              </dd>
            </div>
          ) : null,
        )}
      </dl>
    </section>
  );
}
