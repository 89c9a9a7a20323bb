// GET /api/webhooks/deliveries — the delivery log, newest first, paged, optionally one type.
import { withAdmin } from '@/lib/api/route';
import { getDeliveries } from '@/lib/webhooks/service';
import { deliveryListQuerySchema } from '@/lib/webhooks/schemas';

export const runtime = 'edge';

export const GET = withAdmin({ query: deliveryListQuerySchema }, ({ query }) => getDeliveries(query));
