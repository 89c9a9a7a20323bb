import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createKvStore, kvBlob, kvRecord, newestFirstId, newestFirstOf, timeOrderedId, type KvStore } from '@/lib/kv';
import { startTestPlatform, type TestPlatform } from '@/lib/testing/platform';

let platform: TestPlatform;
let kv: KvStore;

beforeAll(async () => {
  platform = await startTestPlatform();
  kv = createKvStore(platform.env.KV);
});
afterAll(() => platform.dispose());

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

describe('kvRecord', () => {
  const noteSchema = z.object({ text: z.string(), n: z.number() });
  const notes = kvRecord({
    prefix: 'rec_notes:',
    schema: noteSchema,
    metadata: { schema: z.object({ n: z.number() }), of: (note) => ({ n: note.n }) },
    ttlSeconds: 3600,
  });
  const single = kvRecord({ key: 'rec_single', schema: z.enum(['a', 'b']) });
  const expirationOf = async (key: string) => (await platform.env.KV.list({ prefix: key })).keys.find((k) => k.name === key)?.expiration;

  it('builds its keys from the prefix and the parts, joined by colons', () => {
    expect(notes.key('x')).toBe('rec_notes:x');
    expect(notes.key(['acct', 'id1'])).toBe('rec_notes:acct:id1');
    expect(single.key()).toBe('rec_single');
  });

  it('round-trips a typed value, and reads a missing one as null', async () => {
    await notes.put(kv, { text: 'hello', n: 1 }, { parts: 'one' });
    const note: { text: string; n: number } | null = await notes.get(kv, 'one');
    expect(note).toEqual({ text: 'hello', n: 1 });
    expect(await notes.get(kv, 'missing')).toBeNull();
    await single.put(kv, 'b');
    expect(await single.get(kv)).toBe('b');
    await notes.delete(kv, 'one');
    expect(await notes.get(kv, 'one')).toBeNull();
  });

  it('reads a value that fails its schema as absent', async () => {
    await platform.env.KV.put(notes.key('bad-json'), '{not json');
    await platform.env.KV.put(notes.key('bad-shape'), JSON.stringify({ text: 1 }));
    await platform.env.KV.put(single.key(), JSON.stringify('c'));
    expect(await notes.get(kv, 'bad-json')).toBeNull();
    expect(await notes.get(kv, 'bad-shape')).toBeNull();
    expect(await single.get(kv)).toBeNull();
  });

  it('passes its TTL on every put, and a put may set its own', async () => {
    const before = Math.floor(Date.now() / 1000);
    await notes.put(kv, { text: 'a', n: 1 }, { parts: 'ttl-default' });
    await notes.put(kv, { text: 'b', n: 2 }, { parts: 'ttl-own', ttlSeconds: 120 });
    await single.put(kv, 'a');
    expect(await expirationOf(notes.key('ttl-default'))).toBeGreaterThanOrEqual(before + 3600);
    expect(await expirationOf(notes.key('ttl-own'))).toBeLessThan(before + 3600);
    expect(await expirationOf(notes.key('ttl-own'))).toBeGreaterThanOrEqual(before + 120);
    expect(await expirationOf(single.key())).toBeUndefined();
  });

  it('lists within leading parts with schema-checked metadata, and pages with a cursor', async () => {
    for (let i = 0; i < 3; i++) await notes.put(kv, { text: `a${i}`, n: i }, { parts: ['acct', `id${i}`] });
    await notes.put(kv, { text: 'other', n: 9 }, { parts: ['acct2', 'id0'] });
    await notes.put(kv, { text: 'own', n: 1 }, { parts: ['acct', 'id3'], metadata: { n: 42 } });
    await platform.env.KV.put(notes.key(['acct', 'id4']), JSON.stringify({ text: 'x', n: 4 }), { metadata: { n: 'four' } });

    const first = await notes.list(kv, { within: 'acct', limit: 3 });
    expect(first.entries.map(({ id, metadata }) => [id, metadata?.n])).toEqual([
      ['id0', 0],
      ['id1', 1],
      ['id2', 2],
    ]);
    expect(first.entries[0]!.key).toBe('rec_notes:acct:id0');
    const second = await notes.list(kv, { within: 'acct', cursor: first.cursor! });
    expect(second.entries.map(({ id, metadata }) => [id, metadata])).toEqual([
      ['id3', { n: 42 }],
      ['id4', null],
    ]);
    expect(second.cursor).toBeNull();
  });

  it('checks parts and metadata at compile time', () => {
    // @ts-expect-error a prefixed record needs the parts of its key
    void notes.get(kv);
    // @ts-expect-error a put must say which key
    void notes.put(kv, { text: 'x', n: 1 }).catch(() => undefined);
    // @ts-expect-error the value must match the schema
    void single.put(kv, 'c').catch(() => undefined);
    // @ts-expect-error a one-key record has nothing to list
    void single.list(kv);
    // @ts-expect-error metadata must match its schema
    void notes.put(kv, { text: 'x', n: 1 }, { parts: 'typed', metadata: { n: 'one' } }).catch(() => undefined);
  });
});

describe('kvBlob', () => {
  const blobs = kvBlob({
    prefix: 'rec_blob:',
    metadata: { schema: z.object({ size: z.number() }), of: (bytes) => ({ size: bytes.byteLength }) },
  });

  it('stores bytes with their metadata, streams them back, tells whether a key holds one, and deletes', async () => {
    await blobs.put(kv, Uint8Array.from([1, 2, 3]), { parts: 'b1' });
    const stored = await blobs.getStream(kv, 'b1');
    expect(stored?.metadata).toEqual({ size: 3 });
    expect([...new Uint8Array(await new Response(stored!.value).arrayBuffer())]).toEqual([1, 2, 3]);
    expect(await blobs.has(kv, 'b1')).toBe(true);
    await blobs.delete(kv, 'b1');
    expect(await blobs.has(kv, 'b1')).toBe(false);
    expect(await blobs.getStream(kv, 'b1')).toBeNull();
  });

  it('reads metadata that fails its schema as null, the bytes still there', async () => {
    await platform.env.KV.put(blobs.key('legacy'), Uint8Array.from([9]), { metadata: { size: 'one' } });
    const stored = await blobs.getStream(kv, 'legacy');
    expect(stored?.metadata).toBeNull();
    expect(new Uint8Array(await new Response(stored!.value).arrayBuffer())).toEqual(Uint8Array.from([9]));
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

  it('is the newest-first twin of a time-ordered id: same suffix, inverted time', () => {
    const id = timeOrderedId(1_700_000_000_000);
    expect(newestFirstOf(id)).toBe(newestFirstId(1_700_000_000_000, id.slice(14)));
  });
});
