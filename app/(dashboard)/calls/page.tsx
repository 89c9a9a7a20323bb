import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { RequireAccount } from '@/components/common/require-account';
import { CallsBrowser } from '@/components/calls/calls-browser';
import { callFiltersFromSearchParams } from '@/lib/calls/model';

export const metadata: Metadata = { title: 'Calls' };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = callFiltersFromSearchParams(await searchParams);
  return (
    <>
      <PageHeader title="Calls" description="Place outbound calls through your Twilio or SIP numbers." />
      <RequireAccount>
        <CallsBrowser filters={filters} />
      </RequireAccount>
    </>
  );
}
