// PUT /api/settings/billing-plan — the plan and per-minute rate batch estimates use when the account
// does not name its plan (a key without user_read), or pays another rate than the published one.
import { withRoute } from '@/lib/api/route';
import { getSettingsView, saveBillingPlan } from '@/lib/settings/service';
import { billingPlanSchema } from '@/lib/settings/schemas';

export const runtime = 'edge';

export const PUT = withRoute({ permission: 'settings.write', body: billingPlanSchema }, async ({ body, admin }) => {
  await saveBillingPlan(body, admin.email);
  return getSettingsView();
});
