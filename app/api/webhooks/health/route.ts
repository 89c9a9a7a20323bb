// GET /api/webhooks/health — last delivery, deliveries in 24 h, refusals by reason, secret and allowlist state.
import { withRoute } from '@/lib/api/route';
import { getWebhookHealth } from '@/lib/webhooks/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'webhooks.read' }, () => getWebhookHealth());
