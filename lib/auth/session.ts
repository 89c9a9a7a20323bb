// The session check every guarded page and route calls itself (middleware only redirects early).
import { auth } from './index';

export interface AdminSession {
  email: string;
}

export async function getAdminSession(): Promise<AdminSession | null> {
  const session = await auth();
  const email = session?.user?.email;
  return email ? { email } : null;
}
