// GET /api/agents/:id — one agent, whole (the KV copy, marked stale, while ElevenLabs is down).
// PATCH — saves only the changed fields, refused with 409 if the agent changed since it was loaded.
// DELETE — deletes it upstream with its KV copy and history, noted in the audit log.
import { withRoute } from '@/lib/api/route';
import { agentParamsSchema, updateAgentBodySchema } from '@/lib/agents/schemas';
import { deleteAgent, readAgent, updateAgent } from '@/lib/agents/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'agents.read', params: agentParamsSchema }, async ({ params }) => readAgent(params.id));

export const PATCH = withRoute({ permission: 'agents.write', params: agentParamsSchema, body: updateAgentBodySchema }, async ({ params, body, admin }) =>
  updateAgent(params.id, body.base_updated_at_unix_secs, body.changes, admin.email),
);

export const DELETE = withRoute({ permission: 'agents.write', params: agentParamsSchema }, async ({ params, admin }) => {
  await deleteAgent(params.id, admin.email);
});
