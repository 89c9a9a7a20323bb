'use client';

import { useRouter } from 'next/navigation';
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
import { deleteConversationMutation } from '@/lib/conversations/queries';

interface Props {
  id: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opened the dialog: focus goes back to it when the dialog closes. */
  returnFocusTo: React.RefObject<HTMLButtonElement | null>;
}

/** The confirmation, loaded on demand by DeleteConversationButton (Radix AlertDialog and the mutation). */
export function DeleteConversationDialog({ id, open, onOpenChange, returnFocusTo }: Props) {
  const router = useRouter();
  const remove = useMutation(deleteConversationMutation(id));
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent
        onCloseAutoFocus={(event) => {
          // There is no Radix trigger to return to: the button lives outside this lazily loaded module.
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>Delete this conversation?</AlertDialogTitle>
          <AlertDialogDescription>
            Its transcript, audio recording and analysis are deleted from ElevenLabs and from this dashboard for good. This
            cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep it</AlertDialogCancel>
          <AlertDialogAction
            onClick={(event) => {
              event.preventDefault();
              remove.mutate(undefined, { onSuccess: () => router.push('/conversations') });
            }}
            disabled={remove.isPending}
            data-testid="confirm-delete"
          >
            {remove.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
            Delete for good
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
