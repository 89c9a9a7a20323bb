// GET /api/calls — recent outbound calls, newest first, filtered and cursor-paged; POST /api/calls — place one, once per idempotency key.
import { withRoute } from '@/lib/api/route';
import { callFiltersSchema, placeCallSchema } from '@/lib/calls/schemas';
import { listCalls, placeCall } from '@/lib/calls/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'calls.read', query: callFiltersSchema }, ({ query }) => listCalls(query));

export const POST = withRoute({ permission: 'calls.place', body: placeCallSchema }, ({ body, admin }) => placeCall(body, admin.email));
