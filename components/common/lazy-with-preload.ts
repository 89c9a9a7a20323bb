'use client';

import { lazy, useEffect, type ComponentType, type LazyExoticComponent } from 'react';

// React.lazy rather than next/dynamic, whose loader code would itself add ~1.5 kB to the first load.

// `any` only widens the constraint: each component keeps its own props type through M[K].
type AnyComponent = ComponentType<any>;
type ComponentExports<M> = { [K in keyof M]: M[K] extends AnyComponent ? K : never }[keyof M];
type ComponentOf<M, K extends keyof M> = M[K] extends AnyComponent ? M[K] : never;

export type PreloadableComponent<C extends AnyComponent> = LazyExoticComponent<C> & {
  /** Starts fetching the module (on hover or focus) so the first press shows it at once. */
  preload: () => void;
};

/**
 * A component fetched from its own chunk the first time it renders, or earlier on `preload()`. A
 * failed fetch is forgotten, so the next attempt (another hover, the render) tries again.
 */
export function lazyWithPreload<M, K extends ComponentExports<M>>(load: () => Promise<M>, exportName: K): PreloadableComponent<ComponentOf<M, K>> {
  let pending: Promise<M> | null = null;
  const loadOnce = () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
  const Component = lazy(() => loadOnce().then((module) => ({ default: module[exportName] as ComponentOf<M, K> })));
  return Object.assign(Component, { preload: () => void loadOnce().catch(() => undefined) });
}

/**
 * Starts fetching these components when the caller mounts. For what renders only once a query has
 * answered: its code then loads beside the request instead of in the page's first load, and is
 * there by the time the data is.
 */
export function usePreloadOnMount(...components: { preload: () => void }[]): void {
  useEffect(() => {
    for (const component of components) component.preload();
    // Module-level components: the list never changes.
  }, []);
}
