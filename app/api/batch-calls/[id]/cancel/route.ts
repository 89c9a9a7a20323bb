// POST /api/batch-calls/:id/cancel — cancels a running batch: recipients not yet dialled are cancelled (audited).
import { withRoute } from '@/lib/api/route';
import { batchParamsSchema } from '@/lib/batches/schemas';
import { actOnBatch } from '@/lib/batches/service';

export const runtime = 'edge';

export const POST = withRoute({ permission: 'batches.write', params: batchParamsSchema }, ({ params, admin }) => actOnBatch(params.id, 'cancel', admin.email));
