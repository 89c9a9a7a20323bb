'use client';

import { Suspense, useRef, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import { Button } from '@/components/ui/button';
import type { PreloadableComponent } from '@/components/common/lazy-with-preload';
import { useHydrated } from '@/components/common/use-hydrated';

/** What every confirmation dialog opened by a ConfirmButton receives besides its own props. */
export interface ConfirmDialogControl {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opened the dialog: focus goes back to it while it is still on the page. */
  returnFocusTo: RefObject<HTMLButtonElement | null>;
}

interface Props<P> {
  /** The feature's dialog (its mutation and words), from lazyWithPreload: fetched on hover or focus, shown on click. */
  dialog: PreloadableComponent<ComponentType<P & ConfirmDialogControl>>;
  dialogProps: P;
  testId: string;
  children: ReactNode;
}

/**
 * A destructive action's button. Its confirmation (Radix AlertDialog and the mutation) stays out of the
 * page's first-load JS: the dialog module is fetched when the button is hovered or focused.
 */
export function ConfirmButton<P extends object>({ dialog: Dialog, dialogProps, testId, children }: Props<P>) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  // Pages render their data on the server: until hydrated, a press would do nothing, so the button says it cannot yet.
  const hydrated = useHydrated();
  return (
    <>
      <Button
        ref={buttonRef}
        type="button"
        variant="outline"
        size="sm"
        className="text-destructive"
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={!hydrated}
        onPointerEnter={Dialog.preload}
        onFocus={Dialog.preload}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        data-testid={testId}
      >
        {children}
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <Dialog {...dialogProps} open={open} onOpenChange={setOpen} returnFocusTo={buttonRef} />
        </Suspense>
      ) : null}
    </>
  );
}
