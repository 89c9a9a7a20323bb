import { NonceProviders } from '@/components/nonce-providers';
import { AppShell } from '@/components/shell/app-shell';
import { requireAdminSession } from '@/lib/auth/session';

export const runtime = 'edge';

// The guard for every dashboard page: the session is checked here, on the server, for each request
// (and again where a page reads data on the server: lib/auth/session.ts says why).
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const session = await requireAdminSession();
  return (
    <NonceProviders>
      <AppShell user={{ email: session.email }}>{children}</AppShell>
    </NonceProviders>
  );
}
