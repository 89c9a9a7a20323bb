import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getKv } from '@/lib/kv';
import { startTestPlatform, type TestPlatform } from '@/lib/testing/platform';
import { indexDelivery, listDeliveries } from './log';
import type { WebhookLogEntry } from './model';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.dispose());

function entry(type: string, conversationId: string): WebhookLogEntry {
  return { type, conversationId, agentId: 'agent_1', receivedAt: new Date().toISOString(), eventTimestamp: 1, bytes: 10, payload: {} };
}

/** Log ids as the receiver makes them: milliseconds, then a suffix. */
const logId = (ms: number) => `${String(ms).padStart(13, '0')}-${ms.toString(16).padStart(8, '0').slice(-8)}`;

describe('listDeliveries, filtered, in a long log', () => {
  it('reads a bounded number of index pages per answer, and the cursor goes on from there', async () => {
    const kv = getKv();
    const base = 1_764_000_000_000;
    // The rare type is the oldest row; 30 newer rows of another type lie before it.
    await indexDelivery(kv, logId(base), entry('call_initiation_failure', 'conv_rare'), 3600);
    for (let i = 1; i <= 30; i++) await indexDelivery(kv, logId(base + i), entry('post_call_transcription', `conv_${i}`), 3600);
    const scan = { pageSize: 10, maxPages: 2 };

    const first = await listDeliveries(kv, { type: 'call_initiation_failure', limit: 5, scan });
    expect(first.deliveries).toEqual([]);
    expect(first.nextCursor).not.toBeNull();

    const second = await listDeliveries(kv, { type: 'call_initiation_failure', limit: 5, scan, cursor: first.nextCursor! });
    expect(second.deliveries.map((row) => row.conversationId)).toEqual(['conv_rare']);
    expect(second.nextCursor).toBeNull();
  });
});
