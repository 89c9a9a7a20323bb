// GET /api/conversations — list, filtered and cursor-paged (proxies GET /v1/convai/conversations).
import { withRoute } from '@/lib/api/route';
import { conversationFiltersSchema } from '@/lib/conversations/schemas';
import { listConversations } from '@/lib/conversations/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'conversations.read', query: conversationFiltersSchema }, ({ query }) => listConversations(query));
