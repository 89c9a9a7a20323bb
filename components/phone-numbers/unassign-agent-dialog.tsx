'use client';

import { useMutation } from '@tanstack/react-query';
import type { ConfirmDialogControl } from '@/components/common/confirm-button';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import { assignAgentMutation } from '@/lib/phone-numbers/mutations';

/** The confirmation, loaded on demand by the Unassign button. */
export function UnassignAgentDialog({ id, number, agentName, ...control }: { id: string; number: string; agentName: string } & ConfirmDialogControl) {
  const unassign = useMutation(assignAgentMutation(id));
  return (
    <ConfirmDialog
      {...control}
      title={`Unassign ${agentName}?`}
      description={`Calls to ${number} will no longer reach an agent until another one is assigned.`}
      cancelLabel="Keep it"
      confirmLabel="Unassign"
      confirmTestId="confirm-unassign"
      pending={unassign.isPending}
      onConfirm={() => unassign.mutate({ agent_id: null }, { onSettled: () => control.onOpenChange(false) })}
    />
  );
}
