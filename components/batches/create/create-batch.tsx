'use client';

import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { agentsListQuery } from '@/lib/agents/queries';

// The form (react-hook-form, the virtualised table, the estimate) shows only once the agents have
// answered: its code is fetched beside that request, out of the page's first load. The file parsers
// come later still, in the worker, when a file is chosen.
const BatchForm = lazyWithPreload(() => import('./create-batch-form'), 'BatchForm');

export function CreateBatch() {
  const agents = useQuery(agentsListQuery());
  usePreloadOnMount(BatchForm);
  return (
    <QueryState query={agents} loadingLabel="Loading agents…" errorTitle="Agents could not be loaded">
      {(data) => (
        <Suspense fallback={<LoadingRows label="Loading the form…" />}>
          <BatchForm agents={data.agents} />
        </Suspense>
      )}
    </QueryState>
  );
}
