import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { SectionPlaceholder } from '@/components/common/section-placeholder';

export const metadata: Metadata = { title: 'Agents' };

export default function Page() {
  return (
    <>
      <PageHeader title="Agents" description="Create, edit and duplicate your voice agents." />
      <RequireAccount>
        <SectionPlaceholder title="Agents" description="This section arrives in an upcoming release." />
      </RequireAccount>
    </>
  );
}
