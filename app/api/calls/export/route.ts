// GET /api/calls/export — the filtered outbound calls as CSV.
import { withRoute } from '@/lib/api/route';
import { callFiltersSchema } from '@/lib/calls/schemas';
import { exportCallsCsv } from '@/lib/calls/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'calls.read', query: callFiltersSchema }, async ({ query }) => {
  const { cursor: _cursor, ...filters } = query;
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(await exportCallsCsv(filters), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="calls-${stamp}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
});
