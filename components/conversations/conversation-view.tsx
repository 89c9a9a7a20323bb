'use client';

import { Suspense } from 'react';
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '@/components/common/empty-state';
import { LoadingRows } from '@/components/common/loading-rows';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { QueryState } from '@/components/common/query-state';
import { ApiError } from '@/lib/api/client';
import { conversationDetailQuery } from '@/lib/conversations/queries';

// The detail (player, transcript, actions) shows only once the conversation has answered: its code
// is fetched beside that request, out of the page's first load.
const ConversationDetail = lazyWithPreload(() => import('./conversation-detail'), 'ConversationDetail');

/** `listHref`: the list this detail was opened from, with its filters and page, for the way back. */
export function ConversationView({ id, listHref }: { id: string; listHref: string }) {
  const detail = useQuery(conversationDetailQuery(id));
  usePreloadOnMount(ConversationDetail);
  if (detail.error instanceof ApiError && detail.error.status === 404) {
    return (
      <EmptyState
        title="Conversation not found"
        description="It may have been deleted, or the link is wrong."
        action={<Link href={listHref} className="underline">Back to conversations</Link>}
      />
    );
  }
  return (
    <QueryState query={detail}>
      {(result) => (
        <Suspense fallback={<LoadingRows />}>
          <ConversationDetail result={result} listHref={listHref} />
        </Suspense>
      )}
    </QueryState>
  );
}
