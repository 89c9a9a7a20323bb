'use client';

import { useMemo } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { searchParamsToObject } from '@/lib/api/search-params';
import { conversationFiltersSchema, type ConversationFilters } from '@/lib/conversations/schemas';
import { filtersToSearchParams } from '@/lib/conversations/queries';

/** Filters live in the URL, parsed by the same schema the API route uses. */
export function useConversationFilters() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const parsed = useMemo(() => conversationFiltersSchema.safeParse(searchParamsToObject(searchParams)), [searchParams]);

  function navigate(next: Partial<ConversationFilters>) {
    const query = filtersToSearchParams(next).toString();
    router.push(query ? `${pathname}?${query}` : pathname);
  }

  return {
    filters: parsed.success ? parsed.data : null,
    error: parsed.success ? null : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'filter'}: ${issue.message}`).join('; '),
    /** Applies new filters from the first page. */
    apply: (changes: Partial<ConversationFilters>) =>
      navigate({ ...(parsed.success ? parsed.data : {}), ...changes, cursor: undefined }),
    goToCursor: (cursor: string) => navigate({ ...(parsed.success ? parsed.data : {}), cursor }),
    clear: () => navigate({}),
  };
}
