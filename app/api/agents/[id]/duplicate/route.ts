// POST /api/agents/:id/duplicate — copies an agent under a new name (a 'duplicate' history entry on the copy).
import { withRoute } from '@/lib/api/route';
import { agentParamsSchema, duplicateAgentBodySchema } from '@/lib/agents/schemas';
import { duplicateAgent } from '@/lib/agents/service';

export const runtime = 'edge';

export const POST = withRoute({ permission: 'agents.write', params: agentParamsSchema, body: duplicateAgentBodySchema }, async ({ params, body, admin }) =>
  Response.json(await duplicateAgent(params.id, body.name, admin.email), { status: 201, headers: { 'cache-control': 'no-store' } }),
);
