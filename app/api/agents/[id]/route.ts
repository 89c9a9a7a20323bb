// GET /api/agents/:id — one agent, whole (config, platform settings, phone numbers).
import { withRoute } from '@/lib/api/route';
import { agentParamsSchema } from '@/lib/agents/upstream';
import { getAgent } from '@/lib/agents/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'agents.read', params: agentParamsSchema }, async ({ params }) => ({
  agent: await getAgent(params.id),
}));
