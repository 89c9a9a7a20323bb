import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageHeader } from '@/components/common/page-header';
import { LoadingRows } from '@/components/common/loading-rows';
import { RequireAccount } from '@/components/common/require-account';
import { ConversationsBrowser } from '@/components/conversations/conversations-browser';

export const metadata: Metadata = { title: 'Conversations' };

export default function ConversationsPage() {
  return (
    <>
      <PageHeader title="Conversations" description="Every call with its transcript, audio and analysis." />
      <RequireAccount>
        <Suspense fallback={<LoadingRows />}>
          <ConversationsBrowser />
        </Suspense>
      </RequireAccount>
    </>
  );
}
