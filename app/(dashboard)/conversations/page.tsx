import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { ConversationsBrowser } from '@/components/conversations/conversations-browser';
import { ConversationsListPrefetch } from '@/components/conversations/conversations-prefetch';
import { parseConversationFilters } from '@/lib/conversations/schemas';

export const metadata: Metadata = { title: 'Conversations' };

// Filters are parsed here, on the server, by the schema the API route uses; the browser receives plain
// data, so zod never ships to it. The first page of rows is rendered here too (ConversationsListPrefetch).
export default async function ConversationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseConversationFilters(await searchParams);
  return (
    <>
      <PageHeader title="Conversations" description="Every call with its transcript, audio and analysis." />
      <RequireAccount>
        <ConversationsListPrefetch filters={parsed.filters}>
          <ConversationsBrowser {...parsed} />
        </ConversationsListPrefetch>
      </RequireAccount>
    </>
  );
}
