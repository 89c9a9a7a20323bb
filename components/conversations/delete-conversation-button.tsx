'use client';

import { Suspense, useRef, useState } from 'react';
import { Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';

// The confirmation dialog (Radix AlertDialog, the delete mutation) stays out of the page's
// first-load JS: it is fetched when the button is hovered or focused, and shown on click.
const DeleteConversationDialog = lazyWithPreload(() => import('./delete-conversation-dialog'), 'DeleteConversationDialog');

export function DeleteConversationButton({ id }: { id: string }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <Button
        ref={buttonRef}
        variant="outline"
        size="sm"
        className="text-destructive"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={DeleteConversationDialog.preload}
        onFocus={DeleteConversationDialog.preload}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        data-testid="delete-conversation"
      >
        <Trash2 className="size-4" aria-hidden /> Delete
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <DeleteConversationDialog id={id} open={open} onOpenChange={setOpen} returnFocusTo={buttonRef} />
        </Suspense>
      ) : null}
    </>
  );
}
