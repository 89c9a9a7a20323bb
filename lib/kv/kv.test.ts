import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createKvStore, kvKeys, newestFirstId, type KvStore } from '@/lib/kv';
import { startTestPlatform, type TestPlatform } from '@/lib/testing/platform';

let platform: TestPlatform;
let kv: KvStore;

beforeAll(async () => {
  platform = await startTestPlatform();
  kv = createKvStore(platform.env.KV);
});
afterAll(() => platform.dispose());

describe('kv key names', () => {
  it.each([
    [kvKeys.apiKey, 'elevenlabs_api_key'],
    [kvKeys.webhookSecret, 'elevenlabs_webhook_secret'],
    [kvKeys.conversation('conv_1'), 'elevenlabs_conversations:conv_1'],
    [kvKeys.batchCall('b1'), 'elevenlabs_batch_calls:b1'],
    [kvKeys.agent('agent_1'), 'elevenlabs_agents:agent_1'],
    [kvKeys.webhook('123'), 'elevenlabs_webhooks:123'],
    [kvKeys.outboundCall('c1'), 'elevenlabs_outbound_call:c1'],
    [kvKeys.outboundCallsList, 'elevenlabs_outbound_calls_list'],
  ])('%s follows the fixed schema', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('KvStore against local KV', () => {
  const schema = z.object({ n: z.number() });

  it('round-trips JSON and reads missing keys as null', async () => {
    await kv.putJson('t:a', { n: 1 });
    expect(await kv.getJson('t:a', schema)).toEqual({ n: 1 });
    expect(await kv.getJson('t:missing', schema)).toBeNull();
  });

  it('reads a value that fails its schema as absent instead of throwing', async () => {
    await platform.env.KV.put('t:bad', 'not json');
    await kv.putJson('t:wrong', { n: 'x' });
    expect(await kv.getJson('t:bad', schema)).toBeNull();
    expect(await kv.getJson('t:wrong', schema)).toBeNull();
  });

  it('tells whether a key holds a value', async () => {
    await kv.putBytes('t:bytes', new Uint8Array(300_000));
    expect(await kv.has('t:bytes')).toBe(true);
    expect(await kv.has('t:none')).toBe(false);
  });

  it('deletes', async () => {
    await kv.putJson('t:gone', { n: 2 });
    await kv.delete('t:gone');
    expect(await kv.getJson('t:gone', schema)).toBeNull();
  });

  it('reads bytes as a stream with the metadata stored beside them, and a missing key as null', async () => {
    await kv.putBytes('t:bytes', Uint8Array.from([1, 2, 3]), { metadata: { size: 3 } });
    const stored = await kv.getStream('t:bytes');
    expect(stored?.metadata).toEqual({ size: 3 });
    expect([...new Uint8Array(await new Response(stored!.value).arrayBuffer())]).toEqual([1, 2, 3]);
    expect(await kv.getStream('t:missing')).toBeNull();
  });

  it('lists by prefix with metadata and pages with a cursor', async () => {
    for (let i = 0; i < 5; i++) await kv.putJson(`p:${i}`, { n: i }, { metadata: { i } });
    const first = await kv.list<{ i: number }>('p:', { limit: 3 });
    expect(first.entries.map((e) => e.metadata?.i)).toEqual([0, 1, 2]);
    expect(first.cursor).not.toBeNull();
    const second = await kv.list<{ i: number }>('p:', { limit: 3, cursor: first.cursor! });
    expect(second.entries.map((e) => e.key)).toEqual(['p:3', 'p:4']);
    expect(second.cursor).toBeNull();
  });
});

describe('newestFirstId', () => {
  it('sorts newer times first and never collides within one millisecond', () => {
    const older = newestFirstId(1_700_000_000_000);
    const newer = newestFirstId(1_700_000_000_001);
    expect([older, newer].sort()).toEqual([newer, older]);
    const same = new Set(Array.from({ length: 1000 }, () => newestFirstId(1_700_000_000_000)));
    expect(same.size).toBe(1000);
    expect(older).toMatch(/^\d{13}-[0-9a-f]{8}$/);
  });
});
