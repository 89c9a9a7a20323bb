import { hashPassword } from '@/lib/crypto/password';

export const TEST_ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };

let cachedHash: Promise<string> | undefined;
/** PBKDF2 at full strength is slow-ish; one hash per test process is enough. */
export function hashPasswordForTests(password: string): Promise<string> {
  if (password !== TEST_ADMIN.password) return hashPassword(password, 1000);
  cachedHash ??= hashPassword(password, 1000);
  return cachedHash;
}
