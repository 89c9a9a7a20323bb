'use client';

import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { settingsQuery } from '@/lib/settings/queries';

// The forms (react-hook-form, the Switch) show only once the settings have answered: their code is
// fetched beside that request, out of the page's first load.
const SettingsCards = lazyWithPreload(() => import('./settings-cards'), 'SettingsCards');

export function SettingsPanel() {
  const settings = useQuery(settingsQuery());
  usePreloadOnMount(SettingsCards);
  return (
    <QueryState query={settings} loadingLabel="Loading settings…">
      {(view) => (
        <Suspense fallback={<LoadingRows label="Loading settings…" />}>
          <SettingsCards settings={view} />
        </Suspense>
      )}
    </QueryState>
  );
}
