'use client';

import { useLayoutEffect } from 'react';
import { linkClickOf } from '@/components/common/link-click';
import { linkDestination } from '@/lib/ui/link-click';

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
      if (event.defaultPrevented) return;
      const destination = linkDestination(linkClickOf(event), window.location.href);
      if (!destination || destination.samePage) return;
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
