import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { SetupChecklist } from '@/components/overview/setup-checklist';

export const metadata: Metadata = { title: 'Overview' };

export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="The state of your ElevenLabs workspace at a glance." />
      <SetupChecklist />
    </>
  );
}
