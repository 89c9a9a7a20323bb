import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { CreateAgent } from '@/components/agents/create-agent';

export const metadata: Metadata = { title: 'New agent' };

export default function NewAgentPage() {
  return (
    <>
      <Link href="/agents" className="text-sm text-muted-foreground hover:underline">
        ← Agents
      </Link>
      <PageHeader title="New agent" description="Start from a template; the agent is created in ElevenLabs and opens in the editor." />
      <RequireAccount>
        <CreateAgent />
      </RequireAccount>
    </>
  );
}
