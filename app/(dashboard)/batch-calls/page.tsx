import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { SectionPlaceholder } from '@/components/common/section-placeholder';

export const metadata: Metadata = { title: 'Batch calls' };

export default function Page() {
  return (
    <>
      <PageHeader title="Batch calls" description="Schedule campaigns to many recipients and follow their progress." />
      <RequireAccount>
        <SectionPlaceholder title="Batch calls" description="This section arrives in an upcoming release." />
      </RequireAccount>
    </>
  );
}
