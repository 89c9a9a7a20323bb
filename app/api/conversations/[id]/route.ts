// GET /api/conversations/:id — one conversation; finished ones come from KV after the first view
// (x-cache: hit | miss | live | stale). DELETE — removes it upstream and every local copy,
// and notes who did in the audit log.
import { withRoute } from '@/lib/api/route';
import { conversationParamsSchema } from '@/lib/conversations/schemas';
import { deleteConversation, getConversation } from '@/lib/conversations/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'conversations.read', params: conversationParamsSchema }, async ({ params }) => {
  const result = await getConversation(params.id);
  return Response.json(result, { headers: { 'x-cache': result.cache, 'cache-control': 'no-store' } });
});

export const DELETE = withRoute({ permission: 'conversations.delete', params: conversationParamsSchema }, async ({ params, admin }) => {
  await deleteConversation(params.id, admin.email);
});
