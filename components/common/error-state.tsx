'use client';

import Link from 'next/link';
import { CircleAlert, RotateCw } from 'lucide-react';
import { Button, buttonVariants } from '@/components/ui/button';
import { ApiError } from '@/lib/api/client';

/** Failures only a change in Settings can fix: retrying alone will not help. */
const FIXED_IN_SETTINGS = new Set<string>(['invalid_api_key', 'config_missing', 'upstream_forbidden']);

interface ErrorStateProps {
  title?: string;
  message: string;
  onRetry?: () => void;
  /** The failure itself: when Settings can fix it, the state links there. */
  error?: unknown;
}

export function ErrorState({ title = 'Something went wrong', message, onRetry, error }: ErrorStateProps) {
  const fixInSettings = error instanceof ApiError && FIXED_IN_SETTINGS.has(error.code);
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-xl border border-destructive/40 bg-destructive/5 p-4 sm:p-5" data-testid="error-state">
      <div className="flex min-w-0 items-start gap-3">
        <CircleAlert className="mt-0.5 size-5 shrink-0 text-destructive" aria-hidden />
        <div className="min-w-0 space-y-1">
          <p className="font-medium">{title}</p>
          <p className="break-words text-sm text-muted-foreground">{message}</p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        {fixInSettings ? (
          <Link href="/settings" className={buttonVariants({ size: 'sm' })} data-testid="error-open-settings">
            Open Settings
          </Link>
        ) : null}
        {onRetry ? (
          <Button variant="outline" size="sm" onClick={onRetry} data-testid="retry">
            <RotateCw className="size-4" aria-hidden /> Try again
          </Button>
        ) : null}
      </div>
    </div>
  );
}
