import { ConnectAccountState } from '@/components/common/connect-account-state';
import { requireAdminSession } from '@/lib/auth/session';
import { isApiKeyConfigured } from '@/lib/settings/store';

/**
 * Data pages render their content only once an ElevenLabs key is saved; otherwise they say how.
 * A server component: the check is one KV read while the page renders, so the browser neither waits
 * for a settings request before asking for the page's data nor downloads this check.
 */
export async function RequireAccount({ children }: { children: React.ReactNode }) {
  await requireAdminSession();
  if (!(await isApiKeyConfigured())) return <ConnectAccountState />;
  return <>{children}</>;
}
