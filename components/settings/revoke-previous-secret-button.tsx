'use client';

import { lazy, Suspense, useRef, useState } from 'react';
import { ShieldOff } from 'lucide-react';
import { Button } from '@/components/ui/button';

// The confirmation (Radix AlertDialog and the mutation) stays out of the settings page's first-load
// JS, as the conversation delete dialog does: fetched on hover or focus, shown on click.
const loadDialog = () => import('./revoke-previous-secret-dialog');
const RevokePreviousSecretDialog = lazy(() => loadDialog().then((module) => ({ default: module.RevokePreviousSecretDialog })));

export function RevokePreviousSecretButton({ validUntil }: { validUntil: string }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const preload = () => void loadDialog().catch(() => undefined);
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
        onPointerEnter={preload}
        onFocus={preload}
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
