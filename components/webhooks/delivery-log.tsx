'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Inbox, Loader2 } from 'lucide-react';
import { useAppRouter } from '@/components/common/use-app-router';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { EmptyState } from '@/components/common/empty-state';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { WEBHOOK_TYPE_LABELS, WEBHOOK_TYPES, type WebhookType } from '@/lib/webhooks/model';
import { deliveriesQuery } from '@/lib/webhooks/queries';

// The payload dialog (Radix Dialog, focus trap) stays out of the page's first load: fetched when a
// "Payload" button is hovered or focused, mounted on the first press.
const DeliveryViewer = lazyWithPreload(() => import('./delivery-viewer'), 'DeliveryViewer');
// The rows show only once the log has answered: their code (the table) is fetched beside that request.
const DeliveryRows = lazyWithPreload(() => import('./delivery-rows'), 'DeliveryRows');

const ALL = 'all';

function useTypeFilter(): [WebhookType | null, (type: WebhookType | null) => void] {
  const params = useSearchParams();
  const router = useAppRouter();
  const pathname = usePathname();
  const raw = params.get('type');
  const type = (WEBHOOK_TYPES as readonly string[]).includes(raw ?? '') ? (raw as WebhookType) : null;
  const setType = (next: WebhookType | null) => {
    const search = new URLSearchParams(params);
    if (next) search.set('type', next);
    else search.delete('type');
    router.push(search.size ? `${pathname}?${search}` : pathname, { scroll: false });
  };
  return [type, setType];
}

export function DeliveryLog() {
  const [type, setType] = useTypeFilter();
  const [openId, setOpenId] = useState<string | null>(null);
  const [viewerLoaded, setViewerLoaded] = useState(false);
  const log = useInfiniteQuery(deliveriesQuery(type));
  usePreloadOnMount(DeliveryRows);
  const open = (id: string) => {
    setViewerLoaded(true);
    setOpenId(id);
  };

  return (
    <Card>
      <CardHeader className="gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="space-y-1.5">
          <CardTitle>Delivery log</CardTitle>
          <CardDescription>Accepted deliveries, newest first. Refused ones are only counted (see Health).</CardDescription>
        </div>
        <div className="space-y-1">
          <Label htmlFor="delivery-type">Type</Label>
          <div className="sm:w-56">
            <NativeSelect
              id="delivery-type"
              value={type ?? ALL}
              onChange={(event) => setType(event.target.value === ALL ? null : (event.target.value as WebhookType))}
              data-testid="delivery-type-filter"
            >
              <option value={ALL}>All types</option>
              {WEBHOOK_TYPES.map((value) => (
                <option key={value} value={value}>
                  {WEBHOOK_TYPE_LABELS[value]}
                </option>
              ))}
            </NativeSelect>
          </div>
        </div>
      </CardHeader>
      <CardContent className="space-y-3">
        <QueryState query={log} loadingLabel="Loading deliveries…">
          {(data) => {
            const rows = data.pages.flatMap((page) => page.deliveries);
            if (rows.length === 0) {
              return (
                <EmptyState
                  icon={Inbox}
                  title={type ? `No ${WEBHOOK_TYPE_LABELS[type].toLowerCase()} deliveries` : 'No deliveries yet'}
                  description="When ElevenLabs sends a post-call webhook to the URL above, it appears here."
                />
              );
            }
            return (
              <>
                <Suspense fallback={<LoadingRows label="Loading deliveries…" />}>
                  <DeliveryRows rows={rows} onOpen={open} onIntent={DeliveryViewer.preload} />
                </Suspense>
                {log.hasNextPage ? (
                  <Button variant="outline" onClick={() => log.fetchNextPage()} disabled={log.isFetchingNextPage} data-testid="deliveries-more">
                    {log.isFetchingNextPage ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
                    Load older deliveries
                  </Button>
                ) : null}
              </>
            );
          }}
        </QueryState>
      </CardContent>
      {viewerLoaded ? (
        <Suspense fallback={null}>
          <DeliveryViewer id={openId} onClose={() => setOpenId(null)} />
        </Suspense>
      ) : null}
    </Card>
  );
}
