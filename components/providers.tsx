'use client';

import { Suspense, useEffect, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ThemeProvider } from 'next-themes';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { NavigationNudge } from '@/components/common/navigation-nudge';
import { ViewerZoneProvider } from '@/components/common/viewer-zone';
import { createMutationCache } from '@/lib/query/mutation-cache';
import { shouldRetryQuery } from '@/lib/query/retry';

// sonner's Toaster is mounted after hydration from its own chunk, out of every page's first load.
// Toasts raised before it mounts are not lost: sonner replays active toasts to a late Toaster.
const Toaster = lazyWithPreload(() => import('@/components/ui/sonner'), 'Toaster');

function makeQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: createMutationCache(() => client),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetryQuery, refetchOnWindowFocus: false },
    },
  });
  return client;
}

interface ProvidersProps {
  children: React.ReactNode;
  /** The request's CSP nonce, so next-themes' inline no-flash script is allowed to run. */
  nonce?: string;
  /** The viewer's zone as the server knew it (its `tz` cookie), so times rendered there hydrate unchanged. */
  timeZone?: string;
}

export function Providers({ children, nonce, timeZone }: ProvidersProps) {
  // One client per browser session; useState keeps it across re-renders without sharing it between requests.
  const [queryClient] = useState(makeQueryClient);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <QueryClientProvider client={queryClient}>
        <ViewerZoneProvider zone={timeZone}>{children}</ViewerZoneProvider>
        <NavigationNudge />
        {mounted ? (
          <Suspense fallback={null}>
            <Toaster position="top-center" />
          </Suspense>
        ) : null}
      </QueryClientProvider>
    </ThemeProvider>
  );
}
