// GET /api/webhooks/deliveries — the delivery log, newest first, paged, optionally one type.
import { withRoute } from '@/lib/api/route';
import { getDeliveries } from '@/lib/webhooks/service';
import { deliveryListQuerySchema } from '@/lib/webhooks/schemas';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'webhooks.read', query: deliveryListQuerySchema }, ({ query }) => getDeliveries(query));
