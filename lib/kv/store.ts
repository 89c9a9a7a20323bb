// The KV transport: JSON with the schema-failure rule, bytes, streams, lists. Key names and value
// shapes are not here: each record is declared once with kvRecord/kvBlob (./record.ts) in the
// feature that owns it, and everything else reads and writes through those declarations.
import type { z } from 'zod';

export interface KvListEntry<M> {
  key: string;
  metadata: M | null;
}

export interface KvStore {
  getJson<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S> | null>;
  putJson(key: string, value: unknown, options?: KVNamespacePutOptions): Promise<void>;
  /** The value as a stream (nothing held whole in memory), with the metadata stored beside it. */
  getStream(key: string): Promise<{ value: ReadableStream<Uint8Array>; metadata: unknown } | null>;
  /** Whether a key holds a value, without reading a large one into memory. */
  has(key: string): Promise<boolean>;
  putBytes(key: string, value: ArrayBuffer | Uint8Array, options?: KVNamespacePutOptions): Promise<void>;
  delete(key: string): Promise<void>;
  list<M>(prefix: string, options?: { limit?: number; cursor?: string }): Promise<{ entries: KvListEntry<M>[]; cursor: string | null }>;
}

/**
 * Values that fail their schema (a hand edit, an older format) read as absent instead of breaking
 * a page; the next write replaces them.
 */
export function createKvStore(kv: KVNamespace): KvStore {
  return {
    async getJson(key, schema) {
      const raw = await kv.get(key, 'text');
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return null;
      }
      const result = schema.safeParse(parsed);
      return result.success ? result.data : null;
    },
    async putJson(key, value, options) {
      await kv.put(key, JSON.stringify(value), options);
    },
    async getStream(key) {
      const { value, metadata } = await kv.getWithMetadata(key, 'stream');
      return value === null ? null : { value: value as ReadableStream<Uint8Array>, metadata };
    },
    async has(key) {
      const stream = await kv.get(key, 'stream');
      if (stream === null) return false;
      await stream.cancel();
      return true;
    },
    async putBytes(key, value, options) {
      await kv.put(key, value, options);
    },
    async delete(key) {
      await kv.delete(key);
    },
    async list<M>(prefix: string, options: { limit?: number; cursor?: string } = {}) {
      const page = await kv.list<M>({ prefix, limit: options.limit ?? 1000, cursor: options.cursor });
      return {
        entries: page.keys.map((key) => ({ key: key.name, metadata: (key.metadata as M | undefined) ?? null })),
        cursor: page.list_complete ? null : page.cursor,
      };
    },
  };
}

/** A key part that sorts oldest first: fixed-width milliseconds and a random suffix. */
export function timeOrderedId(nowMs: number = Date.now()): string {
  return `${String(nowMs).padStart(13, '0')}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * A key part that sorts newest first under `list({ prefix })` (which is lexicographic ascending):
 * inverted fixed-width milliseconds plus a random suffix so two writes in one millisecond never collide.
 */
export function newestFirstId(nowMs: number = Date.now(), suffix: string = crypto.randomUUID().slice(0, 8)): string {
  const inverted = (9_999_999_999_999 - nowMs).toString().padStart(13, '0');
  return `${inverted}-${suffix}`;
}

/** The newest-first twin of a timeOrderedId: same time, same suffix, so one id names both keys. */
export function newestFirstOf(timeOrdered: string): string {
  const [ms, suffix] = timeOrdered.split('-') as [string, string];
  return newestFirstId(Number(ms), suffix);
}
