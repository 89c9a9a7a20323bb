// GET /api/webhooks/deliveries/:id — one logged delivery with its payload (audio shown as its size).
import { withRoute } from '@/lib/api/route';
import { getDelivery } from '@/lib/webhooks/service';
import { deliveryParamsSchema } from '@/lib/webhooks/schemas';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'webhooks.read', params: deliveryParamsSchema }, ({ params }) => getDelivery(params.id));
