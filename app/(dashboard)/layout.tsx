import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { NonceProviders } from '@/components/nonce-providers';
import { AppShell } from '@/components/shell/app-shell';
import { getAdminSession } from '@/lib/auth/session';

export const runtime = 'edge';

// The guard for every dashboard page: the session is checked here, on the server, for each request.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const session = await getAdminSession();
  if (!session) {
    const path = (await headers()).get('x-pathname') ?? '/';
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return (
    <NonceProviders>
      <AppShell user={{ email: session.email }}>{children}</AppShell>
    </NonceProviders>
  );
}
