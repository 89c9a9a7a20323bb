'use client';

import { useMutation } from '@tanstack/react-query';
import { useAppRouter } from '@/components/common/use-app-router';
import type { ConfirmDialogControl } from '@/components/common/confirm-button';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import type { AgentDetail } from '@/lib/agents/model';
import { deleteAgentMutation } from '@/lib/agents/mutations';

/** The confirmation, loaded on demand: it names the agent and the phone numbers that would be left without one. */
export function DeleteAgentDialog({ agent, ...control }: { agent: AgentDetail } & ConfirmDialogControl) {
  const router = useAppRouter();
  const remove = useMutation(deleteAgentMutation(agent.agent_id));
  const numbers = (agent.phone_numbers ?? []).map((number) => number.phone_number ?? number.phone_number_id).filter(Boolean);
  return (
    <ConfirmDialog
      {...control}
      title={`Delete “${agent.name}”?`}
      description={
        <span className="space-y-2" data-testid="delete-agent-description">
          <span className="block">The agent is deleted from ElevenLabs for good. Its past conversations stay. This cannot be undone.</span>
          {numbers.length ? (
            <span className="block font-medium text-destructive" data-testid="delete-agent-numbers">
              {numbers.length === 1 ? 'Phone number' : 'Phone numbers'} {numbers.join(', ')} {numbers.length === 1 ? 'is' : 'are'} assigned to this agent: calls to{' '}
              {numbers.length === 1 ? 'it' : 'them'} will not be answered until another agent is assigned.
            </span>
          ) : null}
        </span>
      }
      cancelLabel="Keep it"
      confirmLabel="Delete agent"
      confirmTestId="confirm-delete-agent"
      pending={remove.isPending}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => router.push('/agents') })}
    />
  );
}
