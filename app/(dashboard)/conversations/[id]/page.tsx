import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RequireAccount } from '@/components/common/require-account';
import { ConversationView } from '@/components/conversations/conversation-view';
import { conversationParamsSchema } from '@/lib/conversations/schemas';

export const metadata: Metadata = { title: 'Conversation' };

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // An id that cannot exist is a page that does not exist, not an error to retry.
  if (!conversationParamsSchema.safeParse({ id }).success) notFound();
  return (
    <RequireAccount>
      <ConversationView id={id} />
    </RequireAccount>
  );
}
