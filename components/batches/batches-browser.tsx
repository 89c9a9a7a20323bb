'use client';

import { Suspense, useEffect, useRef } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import { useAppRouter } from '@/components/common/use-app-router';
import { ErrorState } from '@/components/common/error-state';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { batchFiltersToSearchParams, readBatchFilters, type BatchFilters } from '@/lib/batches/model';
import { batchesListQuery } from '@/lib/batches/queries';
import { BatchFiltersBar } from './batch-filters';

// The rows show only once the list has answered: their code (table, cards, paging) is fetched beside
// that request, out of the page's first load.
const BatchesList = lazyWithPreload(() => import('./batches-list'), 'BatchesList');

/** The list page: filters (in the URL), one page of batches, paging by ElevenLabs' cursor. */
export function BatchesBrowser({ error }: { error: string | null }) {
  const router = useAppRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = readBatchFilters(searchParams);
  const href = (next: BatchFilters) => {
    const query = batchFiltersToSearchParams(next).toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  // The filters asked for last: a second change made before the first one's navigation lands keeps it.
  const latest = useRef(filters);
  const query = searchParams.toString();
  useEffect(() => {
    latest.current = readBatchFilters(new URLSearchParams(query));
  }, [query]);
  const apply = (changes: Partial<BatchFilters>) => {
    latest.current = { ...latest.current, ...changes, cursor: undefined };
    router.replace(href(latest.current));
  };
  if (error) return <ErrorState title="These filters cannot be used" message={error} onRetry={() => router.replace(pathname)} />;
  return (
    <div className="space-y-4">
      <BatchFiltersBar filters={filters} onApply={apply} />
      <BatchesPage filters={filters} firstPageHref={href({ ...filters, cursor: undefined })} onNext={(cursor) => router.push(href({ ...filters, cursor }))} />
    </div>
  );
}

function BatchesPage({ filters, firstPageHref, onNext }: { filters: BatchFilters; firstPageHref: string; onNext: (cursor: string) => void }) {
  const page = useQuery(batchesListQuery(filters));
  usePreloadOnMount(BatchesList);
  return (
    <QueryState query={page}>
      {(data) => (
        <Suspense fallback={<LoadingRows />}>
          <BatchesList data={data} filters={filters} firstPageHref={firstPageHref} onNext={onNext} dimmed={page.isPlaceholderData} />
        </Suspense>
      )}
    </QueryState>
  );
}
