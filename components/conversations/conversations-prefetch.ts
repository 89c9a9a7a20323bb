import 'server-only';
import { viewerTimeZone } from '@/components/common/viewer-time-zone';
import { requireAdminSession } from '@/lib/auth/session';
import { hasPermission } from '@/lib/auth/permissions';
import { hasDayFilter, pageRequest, type ConversationFilters, type ConversationResult } from '@/lib/conversations/model';
import { conversationDetailQuery, conversationsListQuery } from '@/lib/conversations/queries';
import { getConversation, listConversations } from '@/lib/conversations/service';
import type { ConversationPage } from '@/lib/conversations/upstream';
import type { ServerData } from '@/lib/query/server-data';
import { readForBrowser } from '@/lib/query/server-prefetch';

// The conversations pages' first data, read on the server through the service under the browser's query
// keys, so it arrives in the HTML: the client components start from it (initialDataFrom).

/**
 * The list's first page for these filters. Days need the viewer's zone, which the server knows only from
 * the `tz` cookie the browser writes after its first page (components/common/viewer-zone.tsx). Without
 * it, a list filtered by days is not read here: guessing UTC would render other days' calls, and the
 * browser would replace them. The browser asks, with its zone, once the page has loaded; lists without
 * days do not depend on the zone and are always rendered here.
 */
export async function readConversationsPage(filters: ConversationFilters | null): Promise<ServerData<ConversationPage> | undefined> {
  const zone = await viewerTimeZone();
  if (!filters || (hasDayFilter(filters) && !zone) || !(await mayRead())) return undefined;
  const request = pageRequest(filters, zone);
  return readForBrowser(conversationsListQuery(filters, zone).queryKey, () => listConversations(request));
}

/** A detail opened by URL: the same answer GET /api/conversations/:id gives, KV copy included. */
export async function readConversation(id: string): Promise<ServerData<ConversationResult> | undefined> {
  if (!(await mayRead())) return undefined;
  return readForBrowser(conversationDetailQuery(id).queryKey, () => getConversation(id));
}

/** The same checks as the API routes' (withRoute): a session, and a role that may read conversations. */
async function mayRead(): Promise<boolean> {
  const session = await requireAdminSession();
  return hasPermission(session.role, 'conversations.read');
}
