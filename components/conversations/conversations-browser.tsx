'use client';

import { Suspense, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/common/error-state';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { useViewerZone } from '@/components/common/viewer-zone';
import { conversationsListQuery } from '@/lib/conversations/queries';
import type { ConversationPage } from '@/lib/conversations/upstream';
import { initialDataFrom, type ServerData } from '@/lib/query/server-data';
import type { ConversationFilters, ParsedConversationFilters } from '@/lib/conversations/model';
import type { Paging } from './conversations-list';
import { ConversationFiltersBar } from './conversation-filters';
import { useConversationFilters } from './use-conversation-filters';

// The rows show only once the list has answered: their code (table, cards, paging) is fetched beside
// that request, out of the page's first load.
const ConversationsList = lazyWithPreload(() => import('./conversations-list'), 'ConversationsList');

/** `server`: the first page as the server read it for these filters, when it could. */
export function ConversationsBrowser({ filters, error, server }: ParsedConversationFilters & { server?: ServerData<ConversationPage> }) {
  const { apply, olderHref, newerHref, firstPageHref, clear } = useConversationFilters(filters);
  if (!filters) {
    return <ErrorState title="These filters cannot be used" message={error} onRetry={clear} />;
  }
  return (
    <div className="space-y-4">
      <ConversationFiltersBar filters={filters} onApply={apply} onClear={clear} />
      <ConversationsPage filters={filters} paging={{ olderHref, newerHref, firstPageHref }} server={server} />
    </div>
  );
}

function ConversationsPage({ filters, paging, server }: { filters: ConversationFilters; paging: Paging; server?: ServerData<ConversationPage> }) {
  const zone = useViewerZone();
  const query = conversationsListQuery(filters, zone);
  const page = useQuery({ ...query, ...initialDataFrom(query.queryKey, server) });
  usePreloadOnMount(ConversationsList);
  // The same element while its inputs are: rows rendered on the server hydrate only once their code has
  // loaded, and a re-render that reached them before then with new props (the viewer's zone replacing
  // the server's, right after hydration) made React drop the server's rows with a mismatch (#418).
  const { data, isPlaceholderData } = page;
  const rows = useMemo(
    () =>
      data ? (
        <Suspense fallback={<LoadingRows />}>
          <ConversationsList data={data} filters={filters} paging={paging} dimmed={isPlaceholderData} />
        </Suspense>
      ) : null,
    [data, filters, paging, isPlaceholderData],
  );
  return <QueryState query={page}>{() => rows}</QueryState>;
}
