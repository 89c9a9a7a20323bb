// A client navigation in Next 15.5 can stall for good: the router's transition suspends on RSC data
// that resolves during the same render, React misses the wake-up, and nothing is scheduled again.
// The request finishes, the URL stays, and the click seems to do nothing. It is a bug in the React
// build Next 15.5 bundles, fixed upstream in facebook/react#36134 and reported against Next as
// vercel/next.js#86151 and #98305; Next 16 carries the fix, but @cloudflare/next-on-pages stops at 15.5.
// Any later React update clears the root's suspended lanes, so the transition renders again, finds its
// data, and commits: components/common/navigation-nudge.tsx makes that update when a navigation it saw
// start has not moved the URL.

import type { LinkDestination } from './link-click';

/** When, after a navigation starts, the URL is checked and React nudged if it has not moved (ms). */
export const NUDGE_AFTER_MS: readonly number[] = [400, 1_000, 2_500, 5_000, 10_000];

/**
 * Whether a click started one of Next's client navigations: an in-app link to another page whose
 * default Link prevented (it does so exactly when it takes the click over).
 */
export function startsClientNavigation(destination: LinkDestination | null, defaultPrevented: boolean): boolean {
  return defaultPrevented && !!destination && destination.inApp && !destination.samePage;
}
