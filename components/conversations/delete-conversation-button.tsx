'use client';

import { lazy, Suspense, useRef, useState } from 'react';
import { Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';

// The confirmation dialog (Radix AlertDialog, sonner, the delete mutation) stays out of the page's
// first-load JS: it is fetched when the button is hovered or focused, and shown on click.
const loadDialog = () => import('./delete-conversation-dialog');
const DeleteConversationDialog = lazy(() => loadDialog().then((module) => ({ default: module.DeleteConversationDialog })));

export function DeleteConversationButton({ id }: { id: string }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const preload = () => void loadDialog().catch(() => undefined);
  return (
    <>
      <Button
        ref={buttonRef}
        variant="outline"
        size="sm"
        className="text-destructive"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preload}
        onFocus={preload}
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
