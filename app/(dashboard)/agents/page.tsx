import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { AgentsBrowser } from '@/components/agents/agents-browser';
import { parseAgentListParams } from '@/lib/agents/list-params';

export const metadata: Metadata = { title: 'Agents' };

export default async function AgentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = parseAgentListParams(await searchParams);
  return (
    <>
      <PageHeader
        title="Agents"
        description="Create, edit and duplicate your voice agents."
        actions={
          <Link href="/agents/new" className={buttonVariants()} data-testid="new-agent">
            <Plus className="size-4" aria-hidden /> New agent
          </Link>
        }
      />
      <RequireAccount>
        <AgentsBrowser params={params} />
      </RequireAccount>
    </>
  );
}
