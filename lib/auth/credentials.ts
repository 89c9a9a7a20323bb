// Checks an admin sign-in against the configured account, throttled per account.
import { z } from 'zod';
import type { AppConfig } from '@/lib/config';
import { verifyPassword } from '@/lib/crypto/password';
import { clearFailures, isLockedOut, recordFailure } from './throttle';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export interface Admin {
  id: string;
  email: string;
  name: string;
}

/** null for every failure (unknown account, wrong password, locked): one generic message outside. */
export async function verifyAdminCredentials(input: unknown, config: AppConfig): Promise<Admin | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (await isLockedOut(email)) return null;
  // The hash is checked even for an unknown address so the response time does not tell them apart.
  const passwordMatches = await verifyPassword(password, config.ADMIN_PASSWORD_HASH);
  if (!passwordMatches || email !== config.ADMIN_EMAIL) {
    await recordFailure(email);
    return null;
  }
  await clearFailures(email);
  return { id: email, email, name: email.split('@')[0] ?? 'Admin' };
}
