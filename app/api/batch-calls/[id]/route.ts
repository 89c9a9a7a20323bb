// GET /api/batch-calls/:id — one batch with its recipients (the stored copy, marked stale, when
// ElevenLabs is down). DELETE — deletes it and its recipient records (conversations stay), audited.
import { withRoute } from '@/lib/api/route';
import { batchParamsSchema } from '@/lib/batches/schemas';
import { deleteBatch, getBatch } from '@/lib/batches/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'batches.read', params: batchParamsSchema }, async ({ params }) => {
  const result = await getBatch(params.id);
  return Response.json(result, { headers: { 'x-cache': result.source, 'cache-control': 'no-store' } });
});

export const DELETE = withRoute({ permission: 'batches.write', params: batchParamsSchema }, async ({ params, admin }) => {
  await deleteBatch(params.id, admin.email);
});
