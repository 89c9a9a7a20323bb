'use client';

import type { SettingsView } from '@/lib/settings/model';
import { ApiKeyCard } from './api-key-card';
import { AuditLog } from './audit-log';
import { BillingPlanCard } from './billing-plan-card';
import { IpAllowlistCard } from './ip-allowlist-card';
import { RegionCard } from './region-card';
import { WebhookSecretCard } from './webhook-secret-card';

/** The settings forms and the change log, loaded by SettingsPanel beside the settings request. */
export function SettingsCards({ settings }: { settings: SettingsView }) {
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <ApiKeyCard settings={settings} />
      <WebhookSecretCard settings={settings} />
      <RegionCard settings={settings} />
      <IpAllowlistCard settings={settings} />
      <BillingPlanCard settings={settings} />
      <AuditLog entries={settings.audit} />
    </div>
  );
}
