import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageHeader } from '@/components/common/page-header';
import { LoadingRows } from '@/components/common/loading-rows';
import { WebhookHealthPanel } from '@/components/webhooks/webhook-health';
import { DeliveryLog } from '@/components/webhooks/delivery-log';

export const metadata: Metadata = { title: 'Webhooks' };

export default function Page() {
  return (
    <>
      <PageHeader title="Webhooks" description="Post-call webhooks from ElevenLabs: where to send them, whether they arrive, and what came." />
      <div className="space-y-6">
        <WebhookHealthPanel />
        <Suspense fallback={<LoadingRows />}>
          <DeliveryLog />
        </Suspense>
      </div>
    </>
  );
}
