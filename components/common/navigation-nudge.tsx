'use client';

import { useEffect, useReducer } from 'react';
import { clientNavigationTarget, NUDGE_AFTER_MS } from '@/lib/ui/navigation-stall';

/**
 * Renders nothing. When Next's router takes a link click over and the URL has not moved a moment
 * later, it re-renders itself: that update gets a navigation stalled by a React bug going again
 * (lib/ui/navigation-stall.ts says which bug, and why an update is the cure). A navigation that is
 * only slow costs one more render of the destination, which suspends again until its data is there.
 */
export function NavigationNudge(): null {
  const [, nudge] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    let timers: number[] = [];
    const stop = () => {
      timers.forEach((timer) => window.clearTimeout(timer));
      timers = [];
    };
    // On window, in the bubble phase: after React's listener on the document, so Link's
    // preventDefault has happened by the time this reads it.
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      const target = clientNavigationTarget(
        {
          defaultPrevented: event.defaultPrevented,
          button: event.button,
          modified: event.metaKey || event.ctrlKey || event.shiftKey || event.altKey,
          anchor: anchor instanceof HTMLAnchorElement ? { href: anchor.href, target: anchor.target, download: anchor.hasAttribute('download') } : null,
        },
        window.location.href,
      );
      if (!target) return;
      stop();
      const from = window.location.href;
      timers = NUDGE_AFTER_MS.map((delay) => window.setTimeout(() => window.location.href === from && nudge(), delay));
    };
    window.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('click', onClick);
      stop();
    };
  }, []);
  return null;
}
