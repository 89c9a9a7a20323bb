// The webhooks feature's query keys, apart from its queries: settings and conversations invalidate
// them, and importing queries.ts would carry the webhooks page's query code into their pages.
import type { WebhookType } from './labels';

export const webhookKeys = {
  all: ['webhooks'] as const,
  deliveries: (type: WebhookType | null) => [...webhookKeys.all, 'deliveries', type ?? 'all'] as const,
  delivery: (id: string) => [...webhookKeys.all, 'delivery', id] as const,
  health: () => [...webhookKeys.all, 'health'] as const,
};
