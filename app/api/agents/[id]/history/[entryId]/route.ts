// GET /api/agents/:id/history/:entryId — one history entry with the whole agent as it was after it.
import { withRoute } from '@/lib/api/route';
import { historyEntryParamsSchema } from '@/lib/agents/schemas';
import { getHistoryEntry } from '@/lib/agents/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'agents.read', params: historyEntryParamsSchema }, async ({ params }) => getHistoryEntry(params.id, params.entryId));
