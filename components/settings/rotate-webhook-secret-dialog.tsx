'use client';

import type { ConfirmDialogControl } from '@/components/common/confirm-button';
import { ConfirmDialog } from '@/components/common/confirm-dialog';

/** The rotation's confirmation, loaded on demand by WebhookSecretCard; the card owns the mutation. */
export function RotateWebhookSecretDialog({ pending, onConfirm, ...control }: { pending: boolean; onConfirm: () => void } & ConfirmDialogControl) {
  return (
    <ConfirmDialog
      {...control}
      title="Rotate the webhook secret?"
      description="The new secret takes over at once. The current one keeps working for 24 hours, so put the new one in ElevenLabs' webhook settings before then, or its deliveries will be refused. Copy the new secret first if you have not: it is not shown again."
      cancelLabel="Keep the current secret"
      confirmLabel="Rotate secret"
      confirmTestId="confirm-rotate-webhook-secret"
      pending={pending}
      onConfirm={onConfirm}
    />
  );
}
