'use client';

import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/common/error-state';
import { LoadingRows } from '@/components/common/loading-rows';
import { IpAllowlistCard } from '@/components/settings/ip-allowlist-card';
import { settingsQuery } from '@/lib/settings/queries';

/** The allowlist switch lives with the settings; it is shown here too, next to what it affects. */
export function WebhookSettingsCard() {
  const settings = useQuery(settingsQuery());
  if (settings.isPending) return <LoadingRows rows={2} />;
  if (settings.isError) return <ErrorState message={settings.error.message} onRetry={() => settings.refetch()} />;
  return <IpAllowlistCard settings={settings.data} />;
}
