'use client';

import { useLayoutEffect } from 'react';

export const LEAVE_MESSAGE = 'This agent has unsaved changes. Leave without saving them?';

/**
 * While `dirty`, leaving asks first: closing or reloading the tab (beforeunload, the browser's own
 * prompt) and in-app links (caught before Next's router sees the click). Links within the page
 * (section anchors) and new tabs are let through.
 *
 * A layout effect, so the listeners come and go in the same commit as the change: with a passive
 * effect, a link clicked right after "Discard" still met the old listener (removed only after the
 * next paint), which asked again and, dismissed, kept the user on the page.
 */
export function useUnsavedGuard(dirty: boolean): void {
  useLayoutEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
      const to = new URL(anchor.href, window.location.href);
      const here = window.location;
      if (to.origin === here.origin && to.pathname === here.pathname && to.search === here.search) return;
      if (window.confirm(LEAVE_MESSAGE)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty]);
}
