'use client';

import { Suspense } from 'react';
import { Ban, Download, RotateCcw, Trash2 } from 'lucide-react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmButton } from '@/components/common/confirm-button';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { formatDateTime, formatUnixSeconds } from '@/lib/format';
import { batchActions, isFinalBatch, type BatchDetailResult } from '@/lib/batches/model';
import { batchExportHref } from '@/lib/batches/queries';
import { BatchProgressBar, BatchStatusBadge } from './batch-status';

// The recipients table (with the virtualiser) and the action dialogs load on demand.
const RecipientsTable = lazyWithPreload(() => import('./recipients-table'), 'RecipientsTable');
const CancelBatchDialog = lazyWithPreload(() => import('./batch-action-dialogs'), 'CancelBatchDialog');
const RetryBatchDialog = lazyWithPreload(() => import('./batch-action-dialogs'), 'RetryBatchDialog');
const DeleteBatchDialog = lazyWithPreload(() => import('./batch-action-dialogs'), 'DeleteBatchDialog');

/** Summary, progress, actions and recipients of one batch. Loaded by BatchView beside the detail request. */
export function BatchDetail({ data }: { data: BatchDetailResult }) {
  usePreloadOnMount(RecipientsTable);
  const { batch } = data;
  const actions = batchActions(batch);
  const n = (count: number) => `${count.toLocaleString()} recipient${count === 1 ? '' : 's'}`;
  return (
    <>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <h1 className="break-words text-2xl font-semibold tracking-tight" data-testid="batch-name">
            {batch.name}
          </h1>
          <p className="text-sm text-muted-foreground">
            {batch.agent_name ?? batch.agent_id} · created {formatUnixSeconds(batch.created_at_unix)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2" data-testid="batch-actions">
          {actions.canCancel ? (
            <ConfirmButton dialog={CancelBatchDialog} dialogProps={{ id: batch.id, affected: actions.cancellable, label: n(actions.cancellable) }} testId="cancel-batch">
              <Ban className="size-4" aria-hidden /> Cancel
            </ConfirmButton>
          ) : null}
          {actions.canRetry ? (
            <ConfirmButton dialog={RetryBatchDialog} dialogProps={{ id: batch.id, affected: actions.retryable, label: n(actions.retryable) }} testId="retry-batch">
              <RotateCcw className="size-4" aria-hidden /> Retry
            </ConfirmButton>
          ) : null}
          <a href={batchExportHref(batch.id)} download className={buttonVariants({ variant: 'outline', size: 'sm' })} data-testid="export-batch">
            <Download className="size-4" aria-hidden /> Export CSV
          </a>
          {actions.canDelete ? (
            <ConfirmButton dialog={DeleteBatchDialog} dialogProps={{ id: batch.id, label: n(batch.recipients.length), name: batch.name }} testId="delete-batch">
              <Trash2 className="size-4" aria-hidden /> Delete
            </ConfirmButton>
          ) : null}
        </div>
      </div>
      {data.source === 'stale' ? (
        <Alert data-testid="stale-notice">
          <AlertDescription>
            ElevenLabs is not answering: this is the batch as stored {data.storedAt ? formatDateTime(data.storedAt) : ''}. It refreshes on its own.
          </AlertDescription>
        </Alert>
      ) : null}
      <Card>
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
          <CardTitle className="text-base">Progress</CardTitle>
          <BatchStatusBadge status={batch.status} />
        </CardHeader>
        <CardContent className="space-y-4">
          <BatchProgressBar batch={batch} />
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
            <Fact term="Scheduled for" value={batch.scheduled_time_unix ? formatUnixSeconds(batch.scheduled_time_unix) : 'Sent at once'} />
            <Fact term="Last update" value={batch.last_updated_at_unix ? formatUnixSeconds(batch.last_updated_at_unix) : '—'} />
            <Fact term="Concurrency" value={batch.target_concurrency_limit ? `${batch.target_concurrency_limit} calls at once` : '70% of the plan’s limit'} />
            <Fact term="Retries" value={String(batch.retry_count ?? 0)} />
          </dl>
          {!isFinalBatch(batch.status) ? <p className="text-xs text-muted-foreground">Updates on its own while the batch runs.</p> : null}
        </CardContent>
      </Card>
      <Suspense fallback={<LoadingRows />}>
        <RecipientsTable recipients={batch.recipients} />
      </Suspense>
    </>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="break-words font-medium">{value}</dd>
    </div>
  );
}
