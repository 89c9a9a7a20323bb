// A client navigation in Next 15.5 can stall for good: the router's transition suspends on RSC data
// that resolves during the same render, React misses the wake-up, and nothing is scheduled again.
// The request finishes, the URL stays, and the click seems to do nothing. It is a bug in the React
// build Next 15.5 bundles, fixed upstream in facebook/react#36134 and reported against Next as
// vercel/next.js#86151 and #98305; Next 16 carries the fix, but @cloudflare/next-on-pages stops at 15.5.
// Any later React update clears the root's suspended lanes, so the transition renders again, finds its
// data, and commits: components/common/navigation-nudge.tsx makes that update when a navigation it saw
// start has not moved the URL.

/** When, after a navigation starts, the URL is checked and React nudged if it has not moved (ms). */
export const NUDGE_AFTER_MS: readonly number[] = [400, 1_000, 2_500, 5_000, 10_000];

interface ClickFacts {
  /** Next's Link prevents the browser's own navigation when it takes the click over. */
  defaultPrevented: boolean;
  button: number;
  modified: boolean;
  /** The clicked anchor, if any. */
  anchor: { href: string; target: string; download: boolean } | null;
}

/**
 * The address a click sends Next's router to, or null when it is not a client navigation to another
 * page: no link, a new tab, a download, a link the browser followed itself, or one within this page.
 */
export function clientNavigationTarget(click: ClickFacts, here: string): string | null {
  const { anchor } = click;
  if (!anchor || !click.defaultPrevented || click.button !== 0 || click.modified || anchor.download) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  const from = new URL(here);
  const to = new URL(anchor.href, from);
  if (to.origin !== from.origin) return null;
  if (to.pathname === from.pathname && to.search === from.search) return null;
  return to.href;
}
