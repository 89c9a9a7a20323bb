// GET /api/settings — secret states (masked), region, webhook URL and the change log.
import { withRoute } from '@/lib/api/route';
import { getSettingsView } from '@/lib/settings/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'settings.read' }, () => getSettingsView());
