import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { SectionPlaceholder } from '@/components/common/section-placeholder';

export const metadata: Metadata = { title: 'Conversations' };

export default function Page() {
  return (
    <>
      <PageHeader title="Conversations" description="Every call with its transcript, audio and analysis." />
      <RequireAccount>
        <SectionPlaceholder title="Conversations" description="This section arrives in an upcoming release." />
      </RequireAccount>
    </>
  );
}
