import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { ConversationsBrowser } from '@/components/conversations/conversations-browser';
import { readConversationsPage } from '@/components/conversations/conversations-prefetch';
import { parseConversationFilters } from '@/lib/conversations/schemas';

export const metadata: Metadata = { title: 'Conversations' };

// Filters are parsed here, on the server, by the schema the API route uses; the browser receives plain
// data, so zod never ships to it. The first page of rows is read here too, and rendered in the HTML.
export default async function ConversationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseConversationFilters(await searchParams);
  return (
    <>
      <PageHeader title="Conversations" description="Every call with its transcript, audio and analysis." />
      <RequireAccount>
        <ConversationsBrowser {...parsed} server={await readConversationsPage(parsed.filters)} />
      </RequireAccount>
    </>
  );
}
