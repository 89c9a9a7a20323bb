'use client';

import { useMutation } from '@tanstack/react-query';
import type { ConfirmDialogControl } from '@/components/common/confirm-button';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import { formatDateTime } from '@/lib/format';
import { revokePreviousWebhookSecretMutation } from '@/lib/settings/mutations';

/** The confirmation, loaded on demand by RevokePreviousSecretButton. */
export function RevokePreviousSecretDialog({ validUntil, ...control }: { validUntil: string } & ConfirmDialogControl) {
  const revoke = useMutation(revokePreviousWebhookSecretMutation());
  return (
    <ConfirmDialog
      {...control}
      title="Revoke the previous webhook secret now?"
      description={`It would stay valid until ${formatDateTime(validUntil)}. From now on, deliveries signed with it are refused and only the current secret works. Do this when the old secret may have leaked; make sure ElevenLabs already signs with the new one, or its deliveries will fail. This cannot be undone.`}
      cancelLabel="Keep it until then"
      confirmLabel="Revoke now"
      confirmTestId="confirm-revoke-previous-secret"
      pending={revoke.isPending}
      onConfirm={() => revoke.mutate(undefined, { onSuccess: () => control.onOpenChange(false) })}
    />
  );
}
