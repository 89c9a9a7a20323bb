'use client';

import { useRouter } from 'next/navigation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Loader2 } from 'lucide-react';
import { toast } from 'sonner';
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
import { deleteConversationRequest } from '@/lib/conversations/queries';
import { queryKeys } from '@/lib/query/keys';

interface Props {
  id: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opened the dialog: focus goes back to it when the dialog closes. */
  returnFocusTo: React.RefObject<HTMLButtonElement | null>;
}

/** The confirmation, loaded on demand by DeleteConversationButton (Radix AlertDialog, sonner, the mutation). */
export function DeleteConversationDialog({ id, open, onOpenChange, returnFocusTo }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteConversationRequest(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.conversations.detail(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversations.all });
      toast.success('Conversation deleted');
      router.push('/conversations');
    },
    onError: (error) => toast.error(error.message),
  });
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
              remove.mutate();
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
