// The one query-key factory. Mutations invalidate a feature's root key (`queryKeys.settings.all`).
import type { ConversationFilters } from '@/lib/conversations/schemas';
import type { WebhookType } from '@/lib/webhooks/labels';

export const queryKeys = {
  settings: {
    all: ['settings'] as const,
    view: () => [...queryKeys.settings.all, 'view'] as const,
  },
  agents: {
    all: ['agents'] as const,
    list: () => [...queryKeys.agents.all, 'list'] as const,
  },
  conversations: {
    all: ['conversations'] as const,
    list: (filters: ConversationFilters) => [...queryKeys.conversations.all, 'list', filters] as const,
    detail: (id: string) => [...queryKeys.conversations.all, 'detail', id] as const,
  },
  webhooks: {
    all: ['webhooks'] as const,
    deliveries: (type: WebhookType | null) => [...queryKeys.webhooks.all, 'deliveries', type ?? 'all'] as const,
    delivery: (id: string) => [...queryKeys.webhooks.all, 'delivery', id] as const,
    health: () => [...queryKeys.webhooks.all, 'health'] as const,
  },
};
