// PATCH /api/phone-numbers/:id — assign an agent to the number (`agent_id`), or unassign (`null`).
import { withRoute } from '@/lib/api/route';
import { assignAgentSchema, phoneNumberParamsSchema } from '@/lib/phone-numbers/schemas';
import { assignAgent } from '@/lib/phone-numbers/service';

export const runtime = 'edge';

export const PATCH = withRoute({ permission: 'agents.write', params: phoneNumberParamsSchema, body: assignAgentSchema }, async ({ params, body }) => ({
  phone_number: await assignAgent(params.id, body.agent_id),
}));
