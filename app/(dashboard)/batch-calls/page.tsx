import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { BatchesBrowser } from '@/components/batches/batches-browser';
import { NEW_BATCH_HREF } from '@/lib/batches/model';
import { parseBatchFilters } from '@/lib/batches/schemas';

export const metadata: Metadata = { title: 'Batch calls' };

// Filters are checked here, on the server, by the schema the API route uses (zod never ships to the
// browser), which reports a bad one; the list reads the valid ones from the URL itself.
export default async function BatchCallsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseBatchFilters(await searchParams);
  return (
    <>
      <PageHeader
        title="Batch calls"
        description="Schedule campaigns to many recipients and follow their progress."
        actions={
          <Link href={NEW_BATCH_HREF} className={buttonVariants({ size: 'sm' })} data-testid="new-batch">
            <Plus className="size-4" aria-hidden /> New batch
          </Link>
        }
      />
      <RequireAccount>
        <BatchesBrowser error={parsed.error} />
      </RequireAccount>
    </>
  );
}
