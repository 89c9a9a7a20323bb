// POST /api/settings/api-key/test — call ElevenLabs with the saved key: valid, invalid or unreachable.
import { withRoute } from '@/lib/api/route';
import { testConnection } from '@/lib/settings/service';

export const runtime = 'edge';

export const POST = withRoute({ permission: 'settings.write' }, () => testConnection());
