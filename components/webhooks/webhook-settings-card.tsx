'use client';

import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { settingsQuery } from '@/lib/settings/queries';

// The form (react-hook-form, the Switch) shows only once the settings have answered: its code is
// fetched beside that request, out of the page's first load.
const IpAllowlistCard = lazyWithPreload(() => import('@/components/settings/ip-allowlist-card'), 'IpAllowlistCard');

/** The allowlist switch lives with the settings; it is shown here too, next to what it affects. */
export function WebhookSettingsCard() {
  const settings = useQuery(settingsQuery());
  usePreloadOnMount(IpAllowlistCard);
  return (
    <QueryState query={settings} loadingRows={2}>
      {(view) => (
        <Suspense fallback={<LoadingRows rows={2} />}>
          <IpAllowlistCard settings={view} />
        </Suspense>
      )}
    </QueryState>
  );
}
