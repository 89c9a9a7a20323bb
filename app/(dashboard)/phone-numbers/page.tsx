import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { PhoneNumbersList } from '@/components/phone-numbers/phone-numbers-list';

export const metadata: Metadata = { title: 'Phone numbers' };

export default function Page() {
  return (
    <>
      <PageHeader title="Phone numbers" description="Your Twilio and SIP trunk numbers, and the agent each one answers with." />
      <RequireAccount>
        <PhoneNumbersList />
      </RequireAccount>
    </>
  );
}
