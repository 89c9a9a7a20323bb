'use client';

import type { ReactNode } from 'react';
import { ErrorState } from './error-state';
import { LoadingRows } from './loading-rows';

/** The parts of a TanStack query (plain or infinite) this block reads. */
interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  data: T | undefined;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** Skeleton rows while loading, and what a screen reader hears. */
  loadingRows?: number;
  loadingLabel?: string;
  errorTitle?: string;
  /** Shown around the loading and error blocks too (a dialog needs its title at every stage). */
  frame?: (content: ReactNode) => ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * Every query's loading and error markup: the error keeps the failure itself, so one that only
 * Settings can fix links there, on every page; "Try again" refetches.
 */
export function QueryState<T>({ query, loadingRows, loadingLabel, errorTitle, frame = (content) => content, children }: QueryStateProps<T>) {
  if (query.isPending) return frame(<LoadingRows rows={loadingRows} label={loadingLabel} />);
  if (query.isError || query.data === undefined) {
    return frame(<ErrorState title={errorTitle} message={query.error?.message ?? 'Nothing came back.'} error={query.error} onRetry={() => void query.refetch()} />);
  }
  return children(query.data);
}
