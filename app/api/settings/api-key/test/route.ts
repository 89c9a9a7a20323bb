// POST /api/settings/api-key/test — call ElevenLabs with the key just typed (`{ apiKey }`, not saved)
// or the saved one (`{}`): valid, invalid or unreachable.
import { withRoute } from '@/lib/api/route';
import { connectionTestInputSchema } from '@/lib/settings/schemas';
import { testConnection } from '@/lib/settings/service';

export const runtime = 'edge';

export const POST = withRoute({ permission: 'settings.write', body: connectionTestInputSchema }, ({ body }) => testConnection(body.apiKey));
