// PUT /api/settings/webhook-allowlist — turn the webhook source-IP check on or off and edit its list.
import { withRoute } from '@/lib/api/route';
import { getSettingsView, saveIpAllowlist } from '@/lib/settings/service';
import { ipAllowlistInputSchema } from '@/lib/settings/schemas';

export const runtime = 'edge';

export const PUT = withRoute({ permission: 'settings.write', body: ipAllowlistInputSchema }, async ({ body, admin }) => {
  await saveIpAllowlist(body, admin.email);
  return getSettingsView();
});
