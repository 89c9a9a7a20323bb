import 'server-only';
import { ServerPrefetch } from '@/components/common/server-prefetch';
import { viewerTimeZone } from '@/components/common/viewer-time-zone';
import { requireAdminSession } from '@/lib/auth/session';
import { hasPermission } from '@/lib/auth/permissions';
import { hasDayFilter, pageRequest, type ConversationFilters } from '@/lib/conversations/model';
import { conversationDetailQuery, conversationsListQuery } from '@/lib/conversations/queries';
import { getConversation, listConversations } from '@/lib/conversations/service';

// Server components for the conversations pages: the first page of the list, or a detail opened by
// URL, read through the service with the browser's query keys, so the data arrives in the HTML.

/**
 * The list's first page for these filters. Days need the viewer's zone, which the server knows only from
 * the `tz` cookie the browser writes after its first page (components/common/viewer-zone.tsx). Without
 * it, a list filtered by days is not fetched here: guessing UTC would render other days' calls, and the
 * browser would replace them. The browser asks, with its zone, once the page has loaded; lists without
 * days do not depend on the zone and are always rendered here.
 */
export async function ConversationsListPrefetch({ filters, children }: { filters: ConversationFilters | null; children: React.ReactNode }) {
  const zone = await viewerTimeZone();
  if (!filters || (hasDayFilter(filters) && !zone) || !(await mayRead())) return <>{children}</>;
  const { queryKey } = conversationsListQuery(filters, zone);
  const request = pageRequest(filters, zone);
  return (
    <ServerPrefetch prefetch={(client) => client.prefetchQuery({ queryKey, queryFn: () => listConversations(request) })}>{children}</ServerPrefetch>
  );
}

/** A detail opened by URL: the same answer GET /api/conversations/:id gives, KV copy included. */
export async function ConversationPrefetch({ id, children }: { id: string; children: React.ReactNode }) {
  if (!(await mayRead())) return <>{children}</>;
  const { queryKey } = conversationDetailQuery(id);
  return (
    <ServerPrefetch prefetch={(client) => client.prefetchQuery({ queryKey, queryFn: () => getConversation(id) })}>{children}</ServerPrefetch>
  );
}

/** The same checks as the API routes' (withRoute): a session, and a role that may read conversations. */
async function mayRead(): Promise<boolean> {
  const session = await requireAdminSession();
  return hasPermission(session.role, 'conversations.read');
}
