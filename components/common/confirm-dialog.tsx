'use client';

import type { ReactNode } from 'react';
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
import type { ConfirmDialogControl } from './confirm-button';

interface Props extends ConfirmDialogControl {
  title: string;
  description: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  confirmTestId: string;
  pending: boolean;
  /** Runs the action; the dialog stays open (its button spinning) until the caller closes it. */
  onConfirm: () => void;
}

/** The one confirmation dialog of destructive actions, loaded with the feature's dialog module. */
export function ConfirmDialog({ open, onOpenChange, returnFocusTo, title, description, cancelLabel, confirmLabel, confirmTestId, pending, onConfirm }: Props) {
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent
        onCloseAutoFocus={(event) => {
          // No Radix trigger to return to (the button lives outside this lazily loaded module), and after
          // the action the button may be gone: then focus stays where the browser puts it.
          event.preventDefault();
          if (returnFocusTo.current?.isConnected) returnFocusTo.current.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{cancelLabel}</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            onClick={(event) => {
              event.preventDefault();
              onConfirm();
            }}
            disabled={pending}
            data-testid={confirmTestId}
          >
            {pending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
            {confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
