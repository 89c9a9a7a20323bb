import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { CreateBatch } from '@/components/batches/create/create-batch';

export const metadata: Metadata = { title: 'New batch call' };

export default function Page() {
  return (
    <>
      <PageHeader title="New batch call" description="Upload recipients, check every row, see what it will cost, then send or schedule." />
      <RequireAccount>
        <CreateBatch />
      </RequireAccount>
    </>
  );
}
