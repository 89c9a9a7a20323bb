'use client';

import { Suspense } from 'react';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';

// The form (react-hook-form, the templates' texts) comes in its own chunk, fetched as the page mounts:
// the page's first load stays within budget and the skeleton shows for the moment it takes.
const CreateAgentForm = lazyWithPreload(() => import('./create-agent-form'), 'CreateAgentForm');

export function CreateAgent() {
  usePreloadOnMount(CreateAgentForm);
  return (
    <Suspense fallback={<LoadingRows rows={4} label="Loading the form…" />}>
      <CreateAgentForm />
    </Suspense>
  );
}
