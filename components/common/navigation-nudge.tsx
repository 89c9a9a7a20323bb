'use client';

import { useEffect, useReducer } from 'react';
import { linkDestination } from '@/lib/ui/link-click';
import { NUDGE_AFTER_MS, startsClientNavigation } from '@/lib/ui/navigation-stall';
import { linkClickOf } from './link-click';

// Set while a NavigationNudge is mounted (one, in Providers): starts watching the navigation just begun.
let watch: (() => void) | null = null;

/** Says a navigation has just been started in code (router.push or replace): see useAppRouter. */
export function watchNavigation(): void {
  watch?.();
}

/**
 * Renders nothing. When a navigation starts (a link click Next's router took over, or
 * watchNavigation()) and the URL has not moved a moment later, it re-renders itself: that update
 * gets a navigation stalled by a React bug going again (lib/ui/navigation-stall.ts says which bug,
 * and why an update is the cure). A navigation that is only slow costs one more render of the
 * destination, which suspends again until its data is there.
 */
export function NavigationNudge(): null {
  const [, nudge] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    let timers: number[] = [];
    const stop = () => {
      timers.forEach((timer) => window.clearTimeout(timer));
      timers = [];
    };
    const start = () => {
      stop();
      const from = window.location.href;
      timers = NUDGE_AFTER_MS.map((delay) => window.setTimeout(() => window.location.href === from && nudge(), delay));
    };
    // On window, in the bubble phase: after React's listener on the document, so Link's
    // preventDefault has happened by the time this reads it.
    const onClick = (event: MouseEvent) => {
      if (startsClientNavigation(linkDestination(linkClickOf(event), window.location.href), event.defaultPrevented)) start();
    };
    watch = start;
    window.addEventListener('click', onClick);
    return () => {
      if (watch === start) watch = null;
      window.removeEventListener('click', onClick);
      stop();
    };
  }, []);
  return null;
}
