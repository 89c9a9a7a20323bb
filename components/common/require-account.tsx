'use client';

import { useQuery } from '@tanstack/react-query';
import { ConnectAccountState } from '@/components/common/connect-account-state';
import { ErrorState } from '@/components/common/error-state';
import { LoadingRows } from '@/components/common/loading-rows';
import { settingsQuery } from '@/lib/settings/queries';

/** Data pages render their content only once an ElevenLabs key is saved; otherwise they say how. */
export function RequireAccount({ children }: { children: React.ReactNode }) {
  const settings = useQuery(settingsQuery());
  if (settings.isPending) return <LoadingRows />;
  if (settings.isError) return <ErrorState message={settings.error.message} onRetry={() => settings.refetch()} />;
  if (!settings.data.apiKey.configured) return <ConnectAccountState />;
  return <>{children}</>;
}
