'use client';

import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { webhookHealthQuery } from '@/lib/webhooks/queries';

// The cards show only once the health has answered: their code is fetched beside that request.
const WebhookHealthCards = lazyWithPreload(() => import('./webhook-health-cards'), 'WebhookHealthCards');

export function WebhookHealthPanel() {
  const health = useQuery(webhookHealthQuery());
  usePreloadOnMount(WebhookHealthCards);
  return (
    <QueryState query={health} loadingRows={3} loadingLabel="Loading webhook health…">
      {(data) => (
        <Suspense fallback={<LoadingRows rows={3} label="Loading webhook health…" />}>
          <WebhookHealthCards health={data} />
        </Suspense>
      )}
    </QueryState>
  );
}
