'use client';

import { Trash2 } from 'lucide-react';
import { ConfirmButton } from '@/components/common/confirm-button';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';

const DeleteConversationDialog = lazyWithPreload(() => import('./delete-conversation-dialog'), 'DeleteConversationDialog');

export function DeleteConversationButton({ id, listHref, hasRecording }: { id: string; listHref: string; hasRecording: boolean }) {
  return (
    <ConfirmButton dialog={DeleteConversationDialog} dialogProps={{ id, listHref, hasRecording }} testId="delete-conversation">
      <Trash2 className="size-4" aria-hidden /> Delete
    </ConfirmButton>
  );
}
