'use client';

import { ShieldOff } from 'lucide-react';
import { ConfirmButton } from '@/components/common/confirm-button';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';

const RevokePreviousSecretDialog = lazyWithPreload(() => import('./revoke-previous-secret-dialog'), 'RevokePreviousSecretDialog');

export function RevokePreviousSecretButton({ validUntil }: { validUntil: string }) {
  return (
    <ConfirmButton dialog={RevokePreviousSecretDialog} dialogProps={{ validUntil }} testId="revoke-previous-secret">
      <ShieldOff className="size-4" aria-hidden /> Revoke previous secret now
    </ConfirmButton>
  );
}
