// Client-side queries for the webhooks admin page.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type { DeliveryDetail, DeliveryPage, WebhookHealth } from './model';
import { webhookKeys } from './keys';
import type { WebhookType } from './model';

export { webhookKeys };

/** New deliveries arrive on their own; the page refreshes while it is open. */
const REFRESH_MS = 15_000;

export const deliveriesQuery = (type: WebhookType | null) =>
  infiniteQueryOptions({
    queryKey: webhookKeys.deliveries(type),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ page_size: '25' });
      if (type) params.set('type', type);
      if (pageParam) params.set('cursor', pageParam);
      return apiFetch<DeliveryPage>(`/api/webhooks/deliveries?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: REFRESH_MS,
  });

export const deliveryQuery = (id: string) =>
  queryOptions({
    queryKey: webhookKeys.delivery(id),
    queryFn: () => apiFetch<DeliveryDetail>(`/api/webhooks/deliveries/${id}`),
    staleTime: Infinity,
  });

export const webhookHealthQuery = () =>
  queryOptions({
    queryKey: webhookKeys.health(),
    queryFn: () => apiFetch<WebhookHealth>('/api/webhooks/health'),
    refetchInterval: REFRESH_MS,
  });
