import type { LinkClick } from '@/lib/ui/link-click';

/** The facts lib/ui/link-click.ts decides on, read off a click event. */
export function linkClickOf(event: MouseEvent): LinkClick {
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  return {
    button: event.button,
    modified: event.metaKey || event.ctrlKey || event.shiftKey || event.altKey,
    anchor: anchor instanceof HTMLAnchorElement ? { href: anchor.href, target: anchor.target, download: anchor.hasAttribute('download') } : null,
  };
}
