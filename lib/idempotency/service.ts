// Doing something once per idempotency key: a double click, a resubmitted form, a retried request or
// two tabs racing with the same key all get the first attempt's result instead of acting again.
//
// KV has no compare-and-set, so each attempt writes a claim of its own (a time-ordered id under the
// key's prefix) and then lists the claims: the lexicographically first one acts, every other waits
// for its result. Before acting, the winner lists once more after a short pause, so a claim stamped
// earlier whose write landed late still wins (README, "Never twice", for the limits). Concurrent
// requests in one isolate never get that far: they await the same promise.
import 'server-only';
import { AppError } from '@/lib/api/errors';
import { sha256Hex } from '@/lib/crypto/encoding';
import { timeOrderedId, type KvStore } from '@/lib/kv';
import { claimRecord } from './records';

export interface OnceOptions<T> {
  /** Separates features (`calls`, `batches`): the same key in two scopes is two keys. */
  scope: string;
  /** The caller's idempotency key. */
  key: string;
  /** Any string that changes when the request does (its JSON): a reused key with another request is refused. */
  request: string;
  /** Runs only in the winning attempt; must store its result so that `find` reads it. */
  act: (attemptId: string) => Promise<T>;
  /** The stored result of an attempt, or null while it has none yet. */
  find: (attemptId: string) => Promise<T | null>;
  /** How long a losing attempt waits for the winner's result (default 30 s: upstream timeout and more). */
  waitMs?: number;
  pollMs?: number;
  /** The winner's second look (default 150 ms). */
  settleMs?: number;
}

export interface OnceResult<T> {
  result: T;
  /** The result is an earlier attempt's: nothing was done this time. */
  replayed: boolean;
}

const inFlight = new Map<string, Promise<{ result: unknown; fingerprint: string }>>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const KEY_REUSED_MESSAGE = 'This idempotency key was already used for a different request. Start a new one.';

export async function once<T>(kv: KvStore, options: OnceOptions<T>): Promise<OnceResult<T>> {
  const keyHash = await sha256Hex(`${options.scope}\n${options.key}`);
  const fingerprint = await sha256Hex(options.request);
  const local = `${options.scope}:${keyHash}`;
  const running = inFlight.get(local);
  if (running) {
    const earlier = await running;
    if (earlier.fingerprint !== fingerprint) throw reused();
    return { result: earlier.result as T, replayed: true };
  }
  let replayed = true;
  const work = (async () => {
    const outcome = await decide(kv, keyHash, fingerprint, options);
    replayed = outcome.replayed;
    return { result: outcome.result as unknown, fingerprint };
  })();
  inFlight.set(local, work);
  try {
    const { result } = await work;
    return { result: result as T, replayed };
  } finally {
    inFlight.delete(local);
  }
}

/** The KV part alone, without the in-isolate promise: what attempts in two isolates (or two locations) do. */
export async function onceAcrossIsolates<T>(kv: KvStore, options: OnceOptions<T>): Promise<OnceResult<T>> {
  return decide(kv, await sha256Hex(`${options.scope}\n${options.key}`), await sha256Hex(options.request), options);
}

async function decide<T>(kv: KvStore, keyHash: string, fingerprint: string, options: OnceOptions<T>): Promise<OnceResult<T>> {
  // A replay after the fact (the common case) costs one list and no write.
  const before = await firstClaim(kv, keyHash);
  if (before) return { result: await awaitResult(before, fingerprint, options), replayed: true };

  const attemptId = timeOrderedId();
  const at = Date.now();
  await claimRecord.put(kv, { at, fingerprint }, { parts: [keyHash, attemptId] });
  let winner = await firstClaim(kv, keyHash);
  if (winner?.id === attemptId) {
    await sleep(options.settleMs ?? 150);
    winner = await firstClaim(kv, keyHash);
  }
  if (!winner || winner.id === attemptId) return { result: await options.act(attemptId), replayed: false };
  return { result: await awaitResult(winner, fingerprint, options), replayed: true };
}

async function firstClaim(kv: KvStore, keyHash: string): Promise<{ id: string; fingerprint: string | null } | null> {
  const { entries } = await claimRecord.list(kv, { within: keyHash, limit: 10 });
  const first = entries[0];
  return first ? { id: first.id, fingerprint: first.metadata?.fingerprint ?? null } : null;
}

async function awaitResult<T>(winner: { id: string; fingerprint: string | null }, fingerprint: string, options: OnceOptions<T>): Promise<T> {
  if (winner.fingerprint !== null && winner.fingerprint !== fingerprint) throw reused();
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  for (;;) {
    const result = await options.find(winner.id);
    if (result !== null) return result;
    if (Date.now() >= deadline) {
      throw new AppError('conflict', 'An earlier request with this idempotency key is still running. Check the result before trying again.');
    }
    await sleep(options.pollMs ?? 200);
  }
}

function reused(): AppError {
  return new AppError('conflict', KEY_REUSED_MESSAGE, { fields: [{ field: 'idempotency_key', message: 'was used for a different request' }] });
}
