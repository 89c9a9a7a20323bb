// DELETE /api/settings/webhook-secret/previous — stop accepting the rotated-out webhook secret now,
// before its 24 h window ends. Idempotent: with none still valid it changes nothing and answers 200.
import { withRoute } from '@/lib/api/route';
import { getSettingsView, revokePreviousWebhookSecret } from '@/lib/settings/service';

export const runtime = 'edge';

export const DELETE = withRoute({ permission: 'settings.write' }, async ({ admin }) => {
  await revokePreviousWebhookSecret(admin.email);
  return getSettingsView();
});
