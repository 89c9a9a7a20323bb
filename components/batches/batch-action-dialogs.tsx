'use client';

import { useMutation } from '@tanstack/react-query';
import { useAppRouter } from '@/components/common/use-app-router';
import type { ConfirmDialogControl } from '@/components/common/confirm-button';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import { cancelBatchMutation, deleteBatchMutation, retryBatchMutation } from '@/lib/batches/mutations';

// The confirmations of the detail's actions, loaded on demand by their buttons. Each says what happens
// and to how many recipients.

interface ActionProps {
  id: string;
  affected: number;
  /** "12 recipients" */
  label: string;
}

export function CancelBatchDialog({ id, affected, label, ...control }: ActionProps & ConfirmDialogControl) {
  const cancel = useMutation(cancelBatchMutation(id));
  return (
    <ConfirmDialog
      {...control}
      title="Cancel this batch?"
      description={
        affected > 0
          ? `${label} not called yet will not be called. Calls already under way finish normally. A cancelled batch cannot be resumed; its failed and unanswered recipients can be retried later.`
          : 'No recipient is waiting to be called any more; calls already under way finish normally.'
      }
      cancelLabel="Keep it running"
      confirmLabel="Cancel batch"
      confirmTestId="confirm-cancel"
      pending={cancel.isPending}
      onConfirm={() => cancel.mutate(undefined, { onSettled: () => control.onOpenChange(false) })}
    />
  );
}

export function RetryBatchDialog({ id, label, ...control }: ActionProps & ConfirmDialogControl) {
  const retry = useMutation(retryBatchMutation(id));
  return (
    <ConfirmDialog
      {...control}
      title="Retry failed and unanswered recipients?"
      description={`${label} (failed or reached voicemail) will be called again, with the same variables. Each call is charged like the first.`}
      cancelLabel="Not now"
      confirmLabel="Call them again"
      confirmTestId="confirm-retry"
      pending={retry.isPending}
      onConfirm={() => retry.mutate(undefined, { onSettled: () => control.onOpenChange(false) })}
    />
  );
}

export function DeleteBatchDialog({ id, label, name, ...control }: { id: string; label: string; name: string } & ConfirmDialogControl) {
  const router = useAppRouter();
  const remove = useMutation(deleteBatchMutation(id));
  return (
    <ConfirmDialog
      {...control}
      title={`Delete “${name}”?`}
      description={`The batch and the records of its ${label} are deleted from ElevenLabs and this dashboard for good. The conversations of its calls stay in Conversations. This cannot be undone.`}
      cancelLabel="Keep it"
      confirmLabel="Delete for good"
      confirmTestId="confirm-delete"
      pending={remove.isPending}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => router.push('/batch-calls') })}
    />
  );
}
