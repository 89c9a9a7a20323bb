// The one query-key factory. Mutations invalidate a feature's root key (`queryKeys.settings.all`).
import type { ConversationFilters } from '@/lib/conversations/schemas';

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
};
