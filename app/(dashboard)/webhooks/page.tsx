import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { SectionPlaceholder } from '@/components/common/section-placeholder';

export const metadata: Metadata = { title: 'Webhooks' };

export default function Page() {
  return (
    <>
      <PageHeader title="Webhooks" description="Post-call webhooks received from ElevenLabs." />
      <SectionPlaceholder
        title="Delivery log"
        description="The delivery log arrives in an upcoming release. Set the webhook secret and copy the webhook URL in Settings."
      />
    </>
  );
}
