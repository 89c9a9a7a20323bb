// POST /api/batch-calls/:id/retry — calls a finished batch's failed and unanswered recipients again (audited).
import { withRoute } from '@/lib/api/route';
import { batchParamsSchema } from '@/lib/batches/schemas';
import { actOnBatch } from '@/lib/batches/service';

export const runtime = 'edge';

export const POST = withRoute({ permission: 'batches.write', params: batchParamsSchema }, ({ params, admin }) => actOnBatch(params.id, 'retry', admin.email));
