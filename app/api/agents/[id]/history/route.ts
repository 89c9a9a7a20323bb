// GET /api/agents/:id/history — the changes made to an agent through the dashboard, newest first.
import { withRoute } from '@/lib/api/route';
import { agentParamsSchema } from '@/lib/agents/schemas';
import { listHistory } from '@/lib/agents/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'agents.read', params: agentParamsSchema }, async ({ params }) => ({ entries: await listHistory(params.id) }));
