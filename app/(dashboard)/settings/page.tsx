import type { Metadata } from 'next';
import { PageHeader } from '@/components/common/page-header';
import { SettingsPanel } from '@/components/settings/settings-panel';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Connect ElevenLabs and secure the webhook. Secrets are write-only and stored encrypted." />
      <SettingsPanel />
    </>
  );
}
