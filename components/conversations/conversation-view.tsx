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
import type { ConversationResult, MissingConversationDetails } from '@/lib/conversations/model';
import { isLive } from '@/lib/conversations/format';
import { initialDataFrom, type ServerData } from '@/lib/query/server-data';
import { CallFailureSummary } from './call-failure';

/** How often a live call's page asks again; ElevenLabs has no push for a call's progress. */
const LIVE_REFRESH_MS = 5000;

// The detail (player, transcript, actions) shows only once the conversation has answered: its code
// is fetched beside that request, out of the page's first load.
const ConversationDetail = lazyWithPreload(() => import('./conversation-detail'), 'ConversationDetail');

/**
 * `listHref`: the list this detail was opened from, with its filters and page, for the way back.
 * `server`: the detail as the server read it, when it could.
 */
export function ConversationView({ id, listHref, server }: { id: string; listHref: string; server?: ServerData<ConversationResult> }) {
  const query = conversationDetailQuery(id);
  // A call still going on changes upstream: keep asking until it has ended (finished ones come from KV).
  const detail = useQuery({ ...query, ...initialDataFrom(query.queryKey, server), refetchInterval: (query) => (isLive(query.state.data?.conversation.status) ? LIVE_REFRESH_MS : false) });
  usePreloadOnMount(ConversationDetail);
  if (detail.error instanceof ApiError && detail.error.status === 404) {
    const failure = (detail.error.details as Partial<MissingConversationDetails> | undefined)?.callFailure;
    if (failure) {
      return (
        <div className="space-y-4">
          <CallFailureSummary failure={failure} heading="h1" />
          <Link href={listHref} className="text-sm underline underline-offset-4">
            Back to conversations
          </Link>
        </div>
      );
    }
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
