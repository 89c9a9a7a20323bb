// GET /api/batch-calls/:id/export — the recipients as CSV, joined with each call's outcome, evaluation results and collected data.
import { withRoute } from '@/lib/api/route';
import { exportBatchCsv } from '@/lib/batches/export';
import { batchParamsSchema } from '@/lib/batches/schemas';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'batches.read', params: batchParamsSchema }, async ({ params }) => {
  const { csv, joined, calls } = await exportBatchCsv(params.id);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="batch-${params.id}.csv"`,
      'cache-control': 'private, no-store',
      // How many of the recipients' calls were joined (see MAX_JOINED_CALLS).
      'x-export-joined': `${joined}/${calls}`,
    },
  });
});
