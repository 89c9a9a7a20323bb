// PUT /api/settings/api-key — set or replace the ElevenLabs API key (write-only).
import { withRoute } from '@/lib/api/route';
import { getSettingsView, saveApiKey } from '@/lib/settings/service';
import { apiKeyInputSchema } from '@/lib/settings/schemas';

export const runtime = 'edge';

export const PUT = withRoute({ permission: 'settings.write', body: apiKeyInputSchema }, async ({ body, admin }) => {
  await saveApiKey(body.apiKey, admin.email);
  return getSettingsView();
});
