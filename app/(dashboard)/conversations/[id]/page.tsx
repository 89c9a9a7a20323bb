import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RequireAccount } from '@/components/common/require-account';
import { readConversation } from '@/components/conversations/conversations-prefetch';
import { ConversationView } from '@/components/conversations/conversation-view';
import { listHref } from '@/lib/conversations/model';
import { conversationParamsSchema } from '@/lib/conversations/schemas';

export const metadata: Metadata = { title: 'Conversation' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ConversationPage({ params, searchParams }: Props) {
  const { id } = await params;
  // An id that cannot exist is a page that does not exist, not an error to retry.
  if (!conversationParamsSchema.safeParse({ id }).success) notFound();
  return (
    <RequireAccount>
      <ConversationView id={id} listHref={listHref((await searchParams).list)} server={await readConversation(id)} />
    </RequireAccount>
  );
}
