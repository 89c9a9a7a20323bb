// GET /api/conversations/export — the filtered list as CSV, streamed page by page.
import { withRoute } from '@/lib/api/route';
import { exportConversationsCsv } from '@/lib/conversations/export';
import { conversationFiltersSchema } from '@/lib/conversations/schemas';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'conversations.read', query: conversationFiltersSchema }, async ({ query }) => {
  const stream = await exportConversationsCsv(query);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="conversations-${stamp}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
});
