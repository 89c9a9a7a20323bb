import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RequireAccount } from '@/components/common/require-account';
import { AgentEditorView } from '@/components/agents/agent-editor-view';

export const metadata: Metadata = { title: 'Agent' };

/** Agent ids are word characters and dashes (`agent_…`); anything else is a page that does not exist. */
const AGENT_ID = /^[\w-]{1,128}$/;

export default async function AgentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!AGENT_ID.test(id)) notFound();
  return (
    <RequireAccount>
      <AgentEditorView id={id} />
    </RequireAccount>
  );
}
