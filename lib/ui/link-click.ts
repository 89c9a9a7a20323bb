// What a click on a link does to this tab, decided once for everything that watches link clicks: the
// unsaved-changes guard (asks before leaving) and the navigation nudge (watches Next's navigations).

/** The facts of a click that decide where it goes (components/common/link-click.ts reads them off the DOM). */
export interface LinkClick {
  button: number;
  /** Any of Meta, Ctrl, Shift or Alt held: the browser opens a tab or window, or downloads. */
  modified: boolean;
  /** The nearest anchor with an href around the click's target, if any. */
  anchor: { href: string; target: string; download: boolean } | null;
}

export interface LinkDestination {
  href: string;
  /** This origin: a page of the app, which Next's Link navigates to itself. */
  inApp: boolean;
  /** The same path and query, so only the hash may change: not a navigation. */
  samePage: boolean;
}

/**
 * Where a click takes this tab: null when it is not a plain left click on a link that opens here (no
 * link, another button, a modifier, another target, a download).
 */
export function linkDestination(click: LinkClick, here: string): LinkDestination | null {
  const { anchor } = click;
  if (!anchor || click.button !== 0 || click.modified || anchor.download) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  const from = new URL(here);
  const to = new URL(anchor.href, from);
  const inApp = to.origin === from.origin;
  return { href: to.href, inApp, samePage: inApp && to.pathname === from.pathname && to.search === from.search };
}
