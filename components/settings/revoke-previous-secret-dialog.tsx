'use client';

import { useMutation } from '@tanstack/react-query';
import { Loader2 } from 'lucide-react';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from '@/components/ui/alert-dialog';
import { formatDateTime } from '@/lib/format';
import { revokePreviousWebhookSecretMutation } from '@/lib/settings/queries';

interface Props {
  validUntil: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opened the dialog: focus goes back to it while it is still on the page. */
  returnFocusTo: React.RefObject<HTMLButtonElement | null>;
}

/** The confirmation, loaded on demand by RevokePreviousSecretButton. */
export function RevokePreviousSecretDialog({ validUntil, open, onOpenChange, returnFocusTo }: Props) {
  const revoke = useMutation(revokePreviousWebhookSecretMutation());
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent
        onCloseAutoFocus={(event) => {
          // No Radix trigger to return to (the button lives outside this lazily loaded module), and after
          // a revoke the button is gone: then focus stays where the browser puts it.
          event.preventDefault();
          if (returnFocusTo.current?.isConnected) returnFocusTo.current.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>Revoke the previous webhook secret now?</AlertDialogTitle>
          <AlertDialogDescription>
            It would stay valid until {formatDateTime(validUntil)}. From now on, deliveries signed with it are refused and
            only the current secret works. Do this when the old secret may have leaked; make sure ElevenLabs already signs
            with the new one, or its deliveries will fail. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep it until then</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            onClick={(event) => {
              event.preventDefault();
              revoke.mutate(undefined, { onSuccess: () => onOpenChange(false) });
            }}
            disabled={revoke.isPending}
            data-testid="confirm-revoke-previous-secret"
          >
            {revoke.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
            Revoke now
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
