// GET /api/agents — one page of agents (search, sort, cursor) with what each row shows; from the KV
// copies, marked stale, while ElevenLabs is down. POST — creates an agent from a starting template.
import { withRoute } from '@/lib/api/route';
import { agentListQuerySchema, createAgentBodySchema } from '@/lib/agents/schemas';
import { createAgent, listAgents } from '@/lib/agents/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'agents.read', query: agentListQuerySchema }, async ({ query }) => listAgents(query));

export const POST = withRoute({ permission: 'agents.write', body: createAgentBodySchema }, async ({ body, admin }) =>
  Response.json(await createAgent(body, admin.email), { status: 201, headers: { 'cache-control': 'no-store' } }),
);
