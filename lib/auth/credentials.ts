// Checks an admin sign-in against the configured account, throttled per account and client address.
import { z } from 'zod';
import type { AppConfig } from '@/lib/config';
import { verifyPassword } from '@/lib/crypto/password';
import { getKv, type KvStore } from '@/lib/kv';
import { accountThrottle, MemoryThrottle } from './throttle';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export interface Admin {
  id: string;
  email: string;
  name: string;
}

export interface SignInContext {
  /** Cloudflare's CF-Connecting-IP; "unknown" where the runtime sets none. */
  clientAddress: string;
  kv?: KvStore;
  verify?: (password: string, hash: string) => Promise<boolean>;
  now?: () => number;
}

/** Failed guesses at addresses that are not the admin's: counted per instance, never in KV. */
const unknownAccounts = new MemoryThrottle();

/** The address that reached Cloudflare's edge; never X-Forwarded-For, which the client writes. */
export function clientAddressOf(request: Request | undefined): string {
  return request?.headers.get('cf-connecting-ip')?.trim() || 'unknown';
}

/**
 * Why a sign-in was refused, as far as the person may know: `invalid` (wrong or unknown, never which)
 * or `paused` (too many failures from here, or the attempt could not be counted). Unknown addresses
 * pause on the same schedule as the admin's, so "paused" does not reveal that an account exists.
 */
export type SignInOutcome = { admin: Admin } | { refused: 'invalid' | 'paused' };

export async function signInOutcome(input: unknown, config: AppConfig, context: SignInContext): Promise<SignInOutcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { refused: 'invalid' };
  const { email, password } = parsed.data;
  const verify = context.verify ?? verifyPassword;
  const now = context.now ?? Date.now;

  const kv = context.kv ?? getKv();
  if (email !== config.ADMIN_EMAIL) {
    const key = `${email}\n${context.clientAddress}`;
    if (unknownAccounts.isLocked(key, now())) return { refused: 'paused' };
    // The same KV read and hashing as for the admin, so the response time does not tell an unknown
    // address apart; nothing is written.
    await accountThrottle(kv, email, context.clientAddress, now).then((throttle) => throttle.isLocked());
    await verify(password, config.ADMIN_PASSWORD_HASH);
    unknownAccounts.recordFailure(key, now());
    return { refused: 'invalid' };
  }

  const throttle = await accountThrottle(kv, email, context.clientAddress, now);
  // Counted before the password is checked: a guess that cannot be recorded is not checked at all.
  const attempt = await throttle.begin();
  if (!('attemptKey' in attempt)) return { refused: 'paused' };
  if (!(await verify(password, config.ADMIN_PASSWORD_HASH))) return { refused: 'invalid' };
  await throttle.succeeded(attempt.attemptKey);
  return { admin: { id: email, email, name: email.split('@')[0] ?? 'Admin' } };
}
