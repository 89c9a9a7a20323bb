'use client';

import { useMutation } from '@tanstack/react-query';
import { useAppRouter } from '@/components/common/use-app-router';
import type { ConfirmDialogControl } from '@/components/common/confirm-button';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import { deleteConversationMutation } from '@/lib/conversations/mutations';

/** The confirmation, loaded on demand by DeleteConversationButton. */
export function DeleteConversationDialog({ id, listHref, hasRecording, ...control }: { id: string; listHref: string; hasRecording: boolean } & ConfirmDialogControl) {
  const router = useAppRouter();
  const remove = useMutation(deleteConversationMutation(id));
  return (
    <ConfirmDialog
      {...control}
      title="Delete this conversation?"
      // Only what there is: a call without a recording must not promise to delete one.
      description={`Its ${hasRecording ? 'transcript, audio recording and analysis are' : 'transcript and analysis are'} deleted from ElevenLabs and from this dashboard for good. This cannot be undone.`}
      cancelLabel="Keep it"
      confirmLabel="Delete for good"
      confirmTestId="confirm-delete"
      pending={remove.isPending}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => router.push(listHref) })}
    />
  );
}
