// Failed sign-ins are throttled per account and client address, with exponential lock-outs, plus a
// softer limit for the account as a whole (README, "Security").
//
// Every attempt on the real account is written as a key of its own BEFORE its password is checked,
// then the attempts are listed again: a burst of parallel guesses cannot all pass the check (the
// k-th write sees the k-1 before it), no increment is lost (nothing is read-modified-written) and no
// key is rewritten more than once a second. An attempt whose record cannot be written is refused.
// Addresses that are not the admin's are throttled in this instance's memory only, so nobody can
// drive KV writes (a daily quota shared with webhook deliveries) by trying made-up accounts.
import { sha256Hex } from '@/lib/crypto/encoding';
import { newestFirstId, type KvStore } from '@/lib/kv';
import { loginAttemptRecord } from './records';

/** Failures one client address gets before its first lock on an account. */
export const FREE_FAILURES = 3;
/** Failures across every address, within ACCOUNT_WINDOW_MS, before the whole account pauses. */
export const FREE_ACCOUNT_FAILURES = 20;
const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
const BASE_LOCK_SECONDS = 15;
const MAX_LOCK_SECONDS = 15 * 60;
/** One list page: more attempts than this in a day already hold every lock at its maximum. */
const MAX_ATTEMPTS_READ = 1000;

export function lockSecondsAfter(failures: number, free: number = FREE_FAILURES): number {
  if (failures < free) return 0;
  return Math.min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - free));
}

export interface AttemptCounts {
  client: { failures: number; lastAt: number };
  account: { failures: number; lastAt: number };
}

export interface Throttle {
  /** Writes the attempt's own record before its password is checked, or says why it is refused. */
  begin(): Promise<{ attemptKey: string } | { refused: 'locked' | 'unrecorded' }>;
  succeeded(attemptKey: string): Promise<void>;
  isLocked(): Promise<boolean>;
}

/** Hashed so the KV listing reveals neither the addresses tried nor where they came from. */
async function accountHash(email: string): Promise<string> {
  return sha256Hex(email.trim().toLowerCase());
}

async function clientTag(clientAddress: string): Promise<string> {
  return (await sha256Hex(`client:${clientAddress}`)).slice(0, 16);
}

export async function countAttempts(
  kv: KvStore,
  account: string,
  client: string,
  nowMs: number,
  exceptKey?: string,
): Promise<AttemptCounts> {
  const { entries } = await loginAttemptRecord.list(kv, { within: account, limit: MAX_ATTEMPTS_READ });
  const counts: AttemptCounts = { client: { failures: 0, lastAt: 0 }, account: { failures: 0, lastAt: 0 } };
  for (const { key, metadata: meta } of entries) {
    if (!meta || key === exceptKey) continue;
    if (meta.client === client) {
      counts.client.failures += 1;
      counts.client.lastAt = Math.max(counts.client.lastAt, meta.at);
    }
    if (meta.at > nowMs - ACCOUNT_WINDOW_MS) {
      counts.account.failures += 1;
      counts.account.lastAt = Math.max(counts.account.lastAt, meta.at);
    }
  }
  return counts;
}

export function lockedUntil(counts: AttemptCounts): number {
  const clientLock = counts.client.lastAt + lockSecondsAfter(counts.client.failures) * 1000;
  const accountLock = counts.account.lastAt + lockSecondsAfter(counts.account.failures, FREE_ACCOUNT_FAILURES) * 1000;
  return Math.max(clientLock, accountLock);
}

/** The admin account's throttle: attempts in KV, one key each. */
export async function accountThrottle(kv: KvStore, email: string, clientAddress: string, now: () => number = Date.now): Promise<Throttle> {
  const account = await accountHash(email);
  const client = await clientTag(clientAddress);
  const locked = async (exceptKey?: string) => lockedUntil(await countAttempts(kv, account, client, now(), exceptKey)) > now();
  return {
    async begin() {
      // Checked first so a locked account costs no write at all.
      if (await locked()) return { refused: 'locked' };
      const at = now();
      const parts = [account, newestFirstId(at)];
      const attemptKey = loginAttemptRecord.key(parts);
      try {
        await loginAttemptRecord.put(kv, { at, client }, { parts });
      } catch {
        return { refused: 'unrecorded' };
      }
      // The attempts written meanwhile (a parallel burst) count against this one.
      if (await locked(attemptKey)) return { refused: 'locked' };
      return { attemptKey };
    },
    isLocked: () => locked(),
    async succeeded(attemptKey) {
      const { entries } = await loginAttemptRecord.list(kv, { within: account, limit: MAX_ATTEMPTS_READ });
      const own = entries.filter((entry) => entry.key === attemptKey || entry.metadata?.client === client);
      await Promise.all(own.map((entry) => loginAttemptRecord.delete(kv, [account, entry.id])));
    },
  };
}

/**
 * Addresses that are not an account: the same schedule, kept in this instance's memory. A wrong
 * address is never a way in, so all this has to do is keep the password hashing from being free.
 */
export class MemoryThrottle {
  private readonly failures = new Map<string, { failures: number; lastAt: number }>();

  constructor(private readonly maxEntries = 10_000) {}

  isLocked(key: string, nowMs = Date.now()): boolean {
    const record = this.failures.get(key);
    return record !== undefined && record.lastAt + lockSecondsAfter(record.failures) * 1000 > nowMs;
  }

  recordFailure(key: string, nowMs = Date.now()): void {
    const record = this.failures.get(key) ?? { failures: 0, lastAt: 0 };
    this.failures.delete(key);
    // Oldest first out: the map keeps insertion order, and a re-inserted key moves to the end.
    if (this.failures.size >= this.maxEntries) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(key, { failures: record.failures + 1, lastAt: nowMs });
  }
}
