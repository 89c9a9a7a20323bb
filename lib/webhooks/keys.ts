// The webhooks feature's query keys. Other features invalidate them through lib/query/roots.ts.
import { queryRoots, webhookHealthKey } from '@/lib/query/roots';
import type { WebhookType } from './model';

export const webhookKeys = {
  all: queryRoots.webhooks,
  deliveries: (type: WebhookType | null) => [...webhookKeys.all, 'deliveries', type ?? 'all'] as const,
  delivery: (id: string) => [...webhookKeys.all, 'delivery', id] as const,
  health: () => webhookHealthKey,
};
