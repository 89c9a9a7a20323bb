'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { AlertTriangle, Loader2, Unlink } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/native-select';
import { ConfirmButton } from '@/components/common/confirm-button';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { telephonyFormatProblems } from '@/lib/agents/call-rules';
import { agentDetailQuery, agentsListQuery } from '@/lib/agents/queries';
import { providerLabel, type PhoneNumberView } from '@/lib/phone-numbers/model';
import { assignAgentMutation } from '@/lib/phone-numbers/mutations';

const UnassignAgentDialog = lazyWithPreload(() => import('./unassign-agent-dialog'), 'UnassignAgentDialog');

/** The numbers' rows: what each answers with, and the controls to change it. */
export function PhoneNumberRows({ numbers }: { numbers: PhoneNumberView[] }) {
  return (
    <ul className="divide-y rounded-lg border" data-testid="phone-numbers">
      {numbers.map((number) => (
        <PhoneNumberRow key={number.phone_number_id} number={number} />
      ))}
    </ul>
  );
}

function PhoneNumberRow({ number }: { number: PhoneNumberView }) {
  return (
    <li className="grid gap-3 p-3 md:grid-cols-[1fr_auto] md:items-start" data-testid="phone-number-row" data-number={number.phone_number}>
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium tabular-nums">{number.phone_number}</span>
          {number.label ? <span className="text-muted-foreground">{number.label}</span> : null}
        </p>
        <p className="flex flex-wrap gap-1.5">
          <Badge variant="secondary">{providerLabel(number.provider)}</Badge>
          {number.supports_inbound ? <Badge variant="outline">Inbound</Badge> : null}
          {number.supports_outbound ? <Badge variant="outline">Outbound</Badge> : null}
          {number.supports_outbound && !number.can_call_out ? <Badge variant="outline">Outbound calls not supported here</Badge> : null}
        </p>
        <p className="text-sm" data-testid="assigned-agent">
          {number.assigned_agent ? (
            <>
              Agent: <span className="font-medium">{number.assigned_agent.agent_name}</span>
            </>
          ) : (
            <span className="text-muted-foreground">No agent assigned</span>
          )}
        </p>
        {number.assigned_agent ? <TelephonyWarning agentId={number.assigned_agent.agent_id} /> : null}
      </div>
      <AssignControls number={number} />
    </li>
  );
}

/** The assigned agent's audio formats must be μ-law 8000 Hz on a phone line; the fix is in the agent editor. */
function TelephonyWarning({ agentId }: { agentId: string }) {
  const agent = useQuery(agentDetailQuery(agentId));
  const problems = agent.data ? telephonyFormatProblems(agent.data.agent) : [];
  if (problems.length === 0) return null;
  return (
    <p className="flex items-start gap-1.5 text-sm text-amber-700 dark:text-amber-400" data-testid="telephony-warning">
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>
        This agent&apos;s audio is not μ-law 8000 Hz ({problems.map((p) => `${p.side}: ${p.current ?? 'not set'}`).join(', ')}), so callers may hear noise.{' '}
        <Link href={`/agents/${encodeURIComponent(agentId)}`} className="underline" data-testid="telephony-fix">
          Fix it in the agent editor
        </Link>
      </span>
    </p>
  );
}

function AssignControls({ number }: { number: PhoneNumberView }) {
  const agents = useQuery(agentsListQuery());
  const [choice, setChoice] = useState('');
  const assign = useMutation(assignAgentMutation(number.phone_number_id));
  const selectId = `assign-${number.phone_number_id}`;
  return (
    <div className="flex flex-wrap items-center gap-2 md:justify-end">
      <label htmlFor={selectId} className="sr-only">
        Agent for {number.phone_number}
      </label>
      <div className="w-52">
        <NativeSelect id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)} disabled={agents.isPending} data-testid="assign-select">
          <option value="">{number.assigned_agent ? 'Change agent…' : 'Choose an agent…'}</option>
          {(agents.data?.agents ?? [])
            .filter((a) => a.agent_id !== number.assigned_agent?.agent_id)
            .map((a) => (
              <option key={a.agent_id} value={a.agent_id}>
                {a.name}
              </option>
            ))}
        </NativeSelect>
      </div>
      <Button
        size="sm"
        variant="outline"
        disabled={!choice || assign.isPending}
        onClick={() => assign.mutate({ agent_id: choice }, { onSuccess: () => setChoice('') })}
        data-testid="assign-agent"
      >
        {assign.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
        Assign
      </Button>
      {number.assigned_agent ? (
        <ConfirmButton
          dialog={UnassignAgentDialog}
          dialogProps={{ id: number.phone_number_id, number: number.phone_number, agentName: number.assigned_agent.agent_name }}
          testId="unassign-agent"
        >
          <Unlink className="size-4" aria-hidden /> Unassign
        </ConfirmButton>
      ) : null}
    </div>
  );
}
