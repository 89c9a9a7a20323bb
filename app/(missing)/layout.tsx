import { NonceProviders } from '@/components/nonce-providers';
import { AppShell } from '@/components/shell/app-shell';
import { requireAdminSession } from '@/lib/auth/session';

export const runtime = 'edge';

// The dashboard's frame for addresses no page matches, in a group of its own: the dashboard's
// loading.tsx would wrap the 404 in a Suspense boundary, which sends the page with status 200.
// Signed out, the middleware has already sent the visitor to sign in.
export default async function MissingLayout({ children }: { children: React.ReactNode }) {
  const session = await requireAdminSession();
  return (
    <NonceProviders>
      <AppShell user={{ email: session.email }}>{children}</AppShell>
    </NonceProviders>
  );
}
