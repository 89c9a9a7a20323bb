// Idempotency against real local KV: sequential replays, concurrent same-key requests in one isolate
// and across isolates, a reused key with another request, and a winner that never finishes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getKv } from '@/lib/kv';
import { startTestPlatform, type TestPlatform } from '@/lib/testing/platform';
import { claimRecord } from './records';
import { KEY_REUSED_MESSAGE, once, onceAcrossIsolates, type OnceOptions } from './service';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.dispose());

/** An action that stores its result in memory by attempt id, and counts how often it ran. */
function counter(key: string, request = '{}') {
  const results = new Map<string, string>();
  let acted = 0;
  const options: OnceOptions<string> = {
    scope: 'test',
    key,
    request,
    settleMs: 20,
    pollMs: 10,
    act: async (attemptId) => {
      acted += 1;
      await new Promise((resolve) => setTimeout(resolve, 30));
      const result = `result-of-${attemptId}`;
      results.set(attemptId, result);
      return result;
    },
    find: async (attemptId) => results.get(attemptId) ?? null,
  };
  return { options, acted: () => acted };
}

describe('once', () => {
  it('acts on the first request and replays the result for the same key afterwards', async () => {
    const kv = getKv();
    const { options, acted } = counter('seq-1');
    const first = await once(kv, options);
    const second = await once(kv, options);
    const third = await once(kv, options);
    expect(first.replayed).toBe(false);
    expect([second.replayed, third.replayed]).toEqual([true, true]);
    expect(second.result).toBe(first.result);
    expect(third.result).toBe(first.result);
    expect(acted()).toBe(1);
    // A replay writes nothing: one claim under the key.
    const { entries } = await claimRecord.list(kv, { within: await sha('test\nseq-1') });
    expect(entries).toHaveLength(1);
  });

  it('10 requests with one key at once in one isolate act once, and all get the same result', async () => {
    const { options, acted } = counter('burst-1');
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => once(getKv(), options)));
    expect(acted()).toBe(1);
    expect(new Set(outcomes.map((o) => o.result)).size).toBe(1);
    expect(outcomes.filter((o) => !o.replayed)).toHaveLength(1);
  });

  it('10 requests with one key at once from different isolates (KV only) act once', async () => {
    const { options, acted } = counter('burst-2');
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => onceAcrossIsolates(getKv(), options)));
    expect(acted()).toBe(1);
    expect(new Set(outcomes.map((o) => o.result)).size).toBe(1);
  });

  it('different keys act independently', async () => {
    const a = counter('indep-a');
    const b = counter('indep-b');
    const [ra, rb] = await Promise.all([once(getKv(), a.options), once(getKv(), b.options)]);
    expect(a.acted() + b.acted()).toBe(2);
    expect(ra.result).not.toBe(rb.result);
  });

  it('refuses the same key with a different request', async () => {
    const first = counter('reuse-1', '{"to":"+1"}');
    await once(getKv(), first.options);
    const other = counter('reuse-1', '{"to":"+2"}');
    await expect(once(getKv(), other.options)).rejects.toMatchObject({ code: 'conflict', message: KEY_REUSED_MESSAGE });
    expect(other.acted()).toBe(0);
  });

  it('a replay whose first attempt has no result yet answers conflict after waiting, and does not act', async () => {
    const kv = getKv();
    const stuck = counter('stuck-1');
    await claimRecord.put(kv, { at: Date.now(), fingerprint: await sha('{}') }, { parts: [await sha('test\nstuck-1'), '0000000000001-deadbeef'] });
    await expect(once(kv, { ...stuck.options, waitMs: 50 })).rejects.toMatchObject({ code: 'conflict' });
    expect(stuck.acted()).toBe(0);
  });
});

async function sha(text: string): Promise<string> {
  const { sha256Hex } = await import('@/lib/crypto/encoding');
  return sha256Hex(text);
}
