// PUT /api/settings/webhook-secret — set or rotate the webhook HMAC secret (write-only).
import { withRoute } from '@/lib/api/route';
import { getSettingsView, saveWebhookSecret } from '@/lib/settings/service';
import { webhookSecretInputSchema } from '@/lib/settings/schemas';

export const runtime = 'edge';

export const PUT = withRoute({ permission: 'settings.write', body: webhookSecretInputSchema }, async ({ body, admin }) => {
  await saveWebhookSecret(body.secret, admin.email);
  return getSettingsView();
});
