import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { SectionPlaceholder } from '@/components/common/section-placeholder';

export const metadata: Metadata = { title: 'Calls' };

export default function Page() {
  return (
    <>
      <PageHeader title="Calls" description="Place outbound calls through your Twilio or SIP numbers." />
      <RequireAccount>
        <SectionPlaceholder title="Calls" description="This section arrives in an upcoming release." />
      </RequireAccount>
    </>
  );
}
