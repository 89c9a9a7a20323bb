// The session check every guarded page and route calls itself (middleware verifies the session
// cookie too, but a guard that lives in one place can be stepped around: see README, "Security").
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from './index';
import type { Role } from './permissions';

export interface AdminSession {
  email: string;
  /** Every session is the configured admin's today (lib/auth/permissions.ts). */
  role: Role;
}

export async function getAdminSession(): Promise<AdminSession | null> {
  const session = await auth();
  const email = session?.user?.email;
  return email ? { email, role: 'admin' } : null;
}

/**
 * For server components: the session, or a redirect to sign-in. Called by the dashboard layout and
 * again by whatever reads data on the server, because a React Server Components request that names
 * the layout in its router state renders a page without running the layout.
 */
export async function requireAdminSession(): Promise<AdminSession> {
  const session = await getAdminSession();
  if (session) return session;
  const path = (await headers()).get('x-pathname') ?? '/';
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}
