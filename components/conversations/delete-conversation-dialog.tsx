'use client';

import { useRouter } from 'next/navigation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Loader2, Trash2 } from 'lucide-react';
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
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { deleteConversationRequest } from '@/lib/conversations/queries';
import { queryKeys } from '@/lib/query/keys';

export function DeleteConversationButton({ id }: { id: string }) {
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
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" className="text-destructive" data-testid="delete-conversation">
          <Trash2 className="size-4" aria-hidden /> Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
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
