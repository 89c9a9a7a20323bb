'use client';

import { useMemo } from 'react';
import { useRouter } from 'next/navigation';
import { watchNavigation } from './navigation-nudge';

type NavigateOptions = { scroll?: boolean };

export interface AppRouter {
  push: (href: string, options?: NavigateOptions) => void;
  replace: (href: string, options?: NavigateOptions) => void;
}

/**
 * Next's router for navigations started in code, each watched for the stall Link clicks are watched
 * for (components/common/navigation-nudge.tsx). The one way pages navigate in code: the architecture
 * test refuses useRouter from next/navigation anywhere else.
 */
export function useAppRouter(): AppRouter {
  const router = useRouter();
  return useMemo(
    () => ({
      push: (href, options) => {
        router.push(href, options);
        watchNavigation();
      },
      replace: (href, options) => {
        router.replace(href, options);
        watchNavigation();
      },
    }),
    [router],
  );
}
