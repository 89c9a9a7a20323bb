'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False during server render and hydration, true after: gates buttons that need JavaScript. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
