import type { Metadata } from 'next';
import { NonceProviders } from '@/components/nonce-providers';
import { AppShell } from '@/components/shell/app-shell';
import { requireAdminSession } from '@/lib/auth/session';

export const runtime = 'edge';

// Here, not in not-found.tsx: Next 15.5 left a 404 titled "Voicedesk" with the title in the group's
// not-found.tsx. This layout frames nothing but the 404, so its title is always right.
export const metadata: Metadata = { title: 'Page not found' };

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
