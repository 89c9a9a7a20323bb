'use client';

import { Suspense, useRef, useState } from 'react';
import { ShieldOff } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';

// The confirmation (Radix AlertDialog and the mutation) stays out of the settings page's first-load
// JS, as the conversation delete dialog does: fetched on hover or focus, shown on click.
const RevokePreviousSecretDialog = lazyWithPreload(() => import('./revoke-previous-secret-dialog'), 'RevokePreviousSecretDialog');

export function RevokePreviousSecretButton({ validUntil }: { validUntil: string }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
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
        onPointerEnter={RevokePreviousSecretDialog.preload}
        onFocus={RevokePreviousSecretDialog.preload}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        data-testid="revoke-previous-secret"
      >
        <ShieldOff className="size-4" aria-hidden /> Revoke previous secret now
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <RevokePreviousSecretDialog validUntil={validUntil} open={open} onOpenChange={setOpen} returnFocusTo={buttonRef} />
        </Suspense>
      ) : null}
    </>
  );
}
