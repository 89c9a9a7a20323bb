'use client';

import { Suspense } from 'react';
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { batchDetailQuery } from '@/lib/batches/queries';

// Everything below the back link renders once the detail has answered: fetched beside that request.
const BatchDetail = lazyWithPreload(() => import('./batch-detail'), 'BatchDetail');

/** The detail page: the batch read again every few seconds until it is final (no manual refresh). */
export function BatchView({ id }: { id: string }) {
  const detail = useQuery(batchDetailQuery(id));
  usePreloadOnMount(BatchDetail);
  return (
    <div className="space-y-4">
      <Link href="/batch-calls" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Batch calls
      </Link>
      <QueryState query={detail} errorTitle="This batch could not be loaded">
        {(data) => (
          <Suspense fallback={<LoadingRows />}>
            <BatchDetail data={data} />
          </Suspense>
        )}
      </QueryState>
    </div>
  );
}
