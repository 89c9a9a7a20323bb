'use client';

import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/common/error-state';
import { LoadingRows } from '@/components/common/loading-rows';
import { settingsQuery } from '@/lib/settings/queries';
import { ApiKeyCard } from './api-key-card';
import { AuditLog } from './audit-log';
import { IpAllowlistCard } from './ip-allowlist-card';
import { RegionCard } from './region-card';
import { WebhookSecretCard } from './webhook-secret-card';

export function SettingsPanel() {
  const settings = useQuery(settingsQuery());
  if (settings.isPending) return <LoadingRows />;
  if (settings.isError) return <ErrorState message={settings.error.message} onRetry={() => settings.refetch()} />;
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <ApiKeyCard settings={settings.data} />
      <WebhookSecretCard settings={settings.data} />
      <RegionCard settings={settings.data} />
      <IpAllowlistCard settings={settings.data} />
      <AuditLog entries={settings.data.audit} />
    </div>
  );
}
