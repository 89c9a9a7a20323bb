// GET /api/batch-calls/estimate?agent_id= — the agent's recent average call length and the account's plan.
import { withRoute } from '@/lib/api/route';
import { estimateInputs } from '@/lib/batches/submit';
import { estimateQuerySchema } from '@/lib/batches/schemas';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'batches.read', query: estimateQuerySchema }, async ({ query }) => estimateInputs(query.agent_id));
