// PUT /api/settings/region — choose the ElevenLabs API host (a key works only in its own region).
import { withRoute } from '@/lib/api/route';
import { getSettingsView, saveRegion } from '@/lib/settings/service';
import { regionInputSchema } from '@/lib/settings/schemas';

export const runtime = 'edge';

export const PUT = withRoute({ permission: 'settings.write', body: regionInputSchema }, async ({ body, admin }) => {
  await saveRegion(body.region, admin.email);
  return getSettingsView();
});
