'use client';

import { usePathname } from 'next/navigation';
import { useAppRouter } from '@/components/common/use-app-router';
import { firstPage, newerPage, olderPage, type ConversationFilters } from '@/lib/conversations/model';
import { filtersToSearchParams } from '@/lib/conversations/queries';

/**
 * Filters live in the URL. The server page parses them (with the API route's schema) and passes them
 * in; changing them is a navigation, so the page parses the new URL the same way.
 */
export function useConversationFilters(filters: ConversationFilters | null) {
  const router = useAppRouter();
  const pathname = usePathname();

  function href(next: Partial<ConversationFilters>) {
    const query = filtersToSearchParams(next).toString();
    return query ? `${pathname}?${query}` : pathname;
  }

  return {
    /**
     * Applies new filters from the first page. Replaces the history entry: a search typed letter by
     * letter or a date typed digit by digit is one edit, and Back should leave the list, not undo a keystroke.
     */
    apply: (changes: Partial<ConversationFilters>) => router.replace(href(firstPage({ ...filters, ...changes }))),
    /** Paging is plain links: they work from the HTML the server sent, before the page's JavaScript has run. */
    olderHref: (cursor: string) => href(filters ? olderPage(filters, cursor) : { cursor }),
    newerHref: filters ? href(newerPage(filters)) : pathname,
    firstPageHref: filters ? href(firstPage(filters)) : pathname,
    clear: () => router.replace(pathname),
  };
}
