import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RequireAccount } from '@/components/common/require-account';
import { BatchView } from '@/components/batches/batch-view';
import { batchParamsSchema } from '@/lib/batches/schemas';

export const metadata: Metadata = { title: 'Batch call' };

export default async function BatchCallPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // An id that cannot exist is a page that does not exist, not an error to retry.
  if (!batchParamsSchema.safeParse({ id }).success) notFound();
  return (
    <RequireAccount>
      <BatchView id={id} />
    </RequireAccount>
  );
}
