// POST /api/agents/:id/history/:entryId/restore — puts that version back (409 if the agent changed
// since it was loaded); the restore is itself a new history entry.
import { withRoute } from '@/lib/api/route';
import { historyEntryParamsSchema, restoreAgentBodySchema } from '@/lib/agents/schemas';
import { restoreAgentVersion } from '@/lib/agents/service';

export const runtime = 'edge';

export const POST = withRoute({ permission: 'agents.write', params: historyEntryParamsSchema, body: restoreAgentBodySchema }, async ({ params, body, admin }) =>
  restoreAgentVersion(params.id, params.entryId, body.base_updated_at_unix_secs, admin.email),
);
