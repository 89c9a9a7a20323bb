// GET /api/conversations/filter-options — the criterion and data-collection ids the agents define.
import { withRoute } from '@/lib/api/route';
import { getFilterOptions } from '@/lib/conversations/service';

export const runtime = 'edge';

// Agents change rarely and reading them all costs one request per agent: the browser may reuse the
// answer for five minutes (private: it is this workspace's).
export const GET = withRoute({ permission: 'conversations.read' }, async () =>
  Response.json(await getFilterOptions(), { headers: { 'cache-control': 'private, max-age=300' } }),
);
