'use client';

import { usePathname, useRouter } from 'next/navigation';
import type { ConversationFilters } from '@/lib/conversations/model';
import { filtersToSearchParams } from '@/lib/conversations/queries';

/**
 * Filters live in the URL. The server page parses them (with the API route's schema) and passes them
 * in; changing them is a navigation, so the page parses the new URL the same way.
 */
export function useConversationFilters(filters: ConversationFilters | null) {
  const router = useRouter();
  const pathname = usePathname();

  function navigate(next: Partial<ConversationFilters>) {
    const query = filtersToSearchParams(next).toString();
    router.push(query ? `${pathname}?${query}` : pathname);
  }

  return {
    /** Applies new filters from the first page. */
    apply: (changes: Partial<ConversationFilters>) => navigate({ ...filters, ...changes, cursor: undefined }),
    goToCursor: (cursor: string) => navigate({ ...filters, cursor }),
    clear: () => navigate({}),
  };
}
