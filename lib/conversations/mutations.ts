// Conversations: the writes (delete), apart from the reads in queries.ts (README, "Architecture").
import { queryRoots } from '@/lib/query/roots';
import { mutationOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { conversationKeys } from './queries';

export const deleteConversationMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...conversationKeys.detail(id), 'delete'],
    mutationFn: () => apiFetch<void>(`/api/conversations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    // The detail is dropped, not refetched: it would answer 404.
    onSuccess: (_data, _variables, _result, { client }) => client.removeQueries({ queryKey: conversationKeys.detail(id) }),
    // Its logged webhook deliveries go with it.
    meta: { invalidates: [conversationKeys.lists(), queryRoots.webhooks], successMessage: 'Conversation deleted', errorMessage: 'The conversation was not deleted' },
  });
