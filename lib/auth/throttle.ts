// Failed sign-ins are throttled per account with exponential lock-outs.
// Why KV and not the rate-limiting binding: the binding counts per location and per fixed window,
// while a per-account lock must follow the account wherever the attacker connects. KV is eventually
// consistent and takes about one write per second per key; for a small admin team's accounts that
// is enough: at worst a distributed attacker gets a few extra guesses before the lock is seen.
import { z } from 'zod';
import { sha256Hex } from '@/lib/crypto/encoding';
import { getKv, kvKeys, type KvStore } from '@/lib/kv';

export const FREE_FAILURES = 3;
const BASE_LOCK_SECONDS = 15;
const MAX_LOCK_SECONDS = 15 * 60;
const RECORD_TTL_SECONDS = 24 * 60 * 60;

const attemptsSchema = z.object({ failures: z.number().int().min(0), lockedUntil: z.number() });
type Attempts = z.infer<typeof attemptsSchema>;

async function keyFor(email: string): Promise<string> {
  // Hashed so the KV listing does not reveal which addresses were tried.
  return kvKeys.loginAttempts(await sha256Hex(email.trim().toLowerCase()));
}

export function lockSecondsAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES));
}

export async function isLockedOut(email: string, kv: KvStore = getKv(), nowMs = Date.now()): Promise<boolean> {
  const attempts = await kv.getJson(await keyFor(email), attemptsSchema);
  return attempts !== null && attempts.lockedUntil > nowMs;
}

export async function recordFailure(email: string, kv: KvStore = getKv(), nowMs = Date.now()): Promise<Attempts> {
  const key = await keyFor(email);
  const previous = await kv.getJson(key, attemptsSchema);
  const failures = (previous?.failures ?? 0) + 1;
  const next: Attempts = { failures, lockedUntil: nowMs + lockSecondsAfter(failures) * 1000 };
  await kv.putJson(key, next, { expirationTtl: RECORD_TTL_SECONDS });
  return next;
}

export async function clearFailures(email: string, kv: KvStore = getKv()): Promise<void> {
  await kv.delete(await keyFor(email));
}
