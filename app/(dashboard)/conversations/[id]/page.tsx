import type { Metadata } from 'next';
import { RequireAccount } from '@/components/common/require-account';
import { ConversationView } from '@/components/conversations/conversation-view';

export const metadata: Metadata = { title: 'Conversation' };

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireAccount>
      <ConversationView id={id} />
    </RequireAccount>
  );
}
