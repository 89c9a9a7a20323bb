// Every KV record is declared once, in the feature that owns it: its key, the zod schema of its
// value, its metadata (with a schema of its own) and its TTL. Reads and writes go through the
// declaration, so a key name, a value's shape and its expiry live in one place (README, "KV keys").
// Free of request context (no getPlatform, no 'server-only'): the demo kit seeds KV with it under Node.
import type { z } from 'zod';
import type { KvStore } from './store';

/** A key's variable part: one id, or several joined with ':' (an account hash, then an attempt id). */
export type KeyParts = string | readonly string[];

interface MetadataSpec<T, MS extends z.ZodType> {
  schema: MS;
  /** Derives the metadata from the value on every put; a put may pass its own instead. */
  of?: (value: T) => z.output<MS>;
}

interface RecordSpecBase<S extends z.ZodType, MS extends z.ZodType> {
  schema: S;
  metadata?: MetadataSpec<z.output<S>, MS>;
  /** Default expiry of every put; a put may pass its own (a TTL read from config). */
  ttlSeconds?: number;
}

export interface PutOptions<M> {
  ttlSeconds?: number;
  metadata?: M;
}

/** A one-key record takes no parts; a prefixed one must be told which key. */
type PutArgs<P, M> = [P] extends [void] ? [options?: PutOptions<M>] : [options: PutOptions<M> & { parts: P }];

export interface ListOptions {
  /** Only keys under these leading parts (e.g. one account's attempts). */
  within?: KeyParts;
  limit?: number;
  cursor?: string;
}

export interface RecordListEntry<M> {
  key: string;
  /** The key after the listed prefix (and `within`). */
  id: string;
  /** null when absent or when it fails the metadata schema. */
  metadata: M | null;
}

export interface RecordListPage<M> {
  entries: RecordListEntry<M>[];
  cursor: string | null;
}

interface Listable<M> {
  /** Keys in lexicographic order, up to 1000 a page, with their schema-checked metadata. */
  list(kv: KvStore, options?: ListOptions): Promise<RecordListPage<M>>;
}

/** `P` is `void` for a one-key record (`get(kv)`), KeyParts for a prefixed one (`get(kv, id)`). */
export interface KvRecord<T, M, P> extends Listable<M> {
  key(parts: P): string;
  /** The value, or null when absent or when it fails the schema (a hand edit, an older format). */
  get(kv: KvStore, parts: P): Promise<T | null>;
  put(kv: KvStore, value: T, ...args: PutArgs<P, M>): Promise<void>;
  delete(kv: KvStore, parts: P): Promise<void>;
}

export interface StoredBlob<M> {
  value: ReadableStream<Uint8Array>;
  metadata: M | null;
}

/** Bytes (a recording): streamed out, never parsed, never held whole by a read. */
export interface KvBlob<M> extends Listable<M> {
  key(parts: KeyParts): string;
  getStream(kv: KvStore, parts: KeyParts): Promise<StoredBlob<M> | null>;
  /** Whether the key holds a value, without reading a large one. */
  has(kv: KvStore, parts: KeyParts): Promise<boolean>;
  put(kv: KvStore, bytes: ArrayBuffer | Uint8Array, options: PutOptions<M> & { parts: KeyParts }): Promise<void>;
  delete(kv: KvStore, parts: KeyParts): Promise<void>;
}

function joinParts(parts: KeyParts): string {
  return typeof parts === 'string' ? parts : parts.join(':');
}

function keyMaker(location: { key: string } | { prefix: string }): (parts?: KeyParts | void) => string {
  return 'key' in location ? () => location.key : (parts) => `${location.prefix}${joinParts(parts ?? '')}`;
}

function parseMetadata<MS extends z.ZodType>(schema: MS | undefined, metadata: unknown): z.output<MS> | null {
  if (!schema || metadata === null || metadata === undefined) return null;
  const parsed = schema.safeParse(metadata);
  return parsed.success ? parsed.data : null;
}

function lister<MS extends z.ZodType>(location: { key: string } | { prefix: string }, schema: MS | undefined): Listable<z.output<MS>> {
  return {
    async list(kv, options = {}) {
      const base = 'key' in location ? location.key : location.prefix;
      const prefix = options.within === undefined ? base : `${base}${joinParts(options.within)}:`;
      const page = await kv.list<unknown>(prefix, { limit: options.limit, cursor: options.cursor });
      return {
        entries: page.entries.map(({ key, metadata }) => ({ key, id: key.slice(prefix.length), metadata: parseMetadata(schema, metadata) })),
        cursor: page.cursor,
      };
    },
  };
}

function putOptionsOf<M>(ttlSeconds: number | undefined, metadata: M | undefined): KVNamespacePutOptions | undefined {
  if (ttlSeconds === undefined && metadata === undefined) return undefined;
  return {
    ...(ttlSeconds === undefined ? {} : { expirationTtl: ttlSeconds }),
    ...(metadata === undefined ? {} : { metadata }),
  };
}

type RecordOf<S extends z.ZodType, MS extends z.ZodType, P> = KvRecord<z.output<S>, z.output<MS>, P>;

/** A one-key record has nothing to list (a list by its key would also match longer keys that start alike). */
export type KvKeyRecord<T, M = never> = Omit<KvRecord<T, M, void>, 'list'>;

export function kvRecord<S extends z.ZodType, MS extends z.ZodType = z.ZodNever>(
  spec: { key: string } & RecordSpecBase<S, MS>,
): KvKeyRecord<z.output<S>, z.output<MS>>;
export function kvRecord<S extends z.ZodType, MS extends z.ZodType = z.ZodNever>(
  spec: { prefix: string } & RecordSpecBase<S, MS>,
): RecordOf<S, MS, KeyParts>;
export function kvRecord<S extends z.ZodType, MS extends z.ZodType>(
  spec: ({ key: string } | { prefix: string }) & RecordSpecBase<S, MS>,
): RecordOf<S, MS, KeyParts | void> {
  const keyOf = keyMaker(spec);
  type T = z.output<S>;
  type M = z.output<MS>;
  return {
    key: keyOf,
    get: (kv, parts) => kv.getJson(keyOf(parts), spec.schema) as Promise<T | null>,
    async put(kv: KvStore, value: T, options?: PutOptions<M> & { parts?: KeyParts | void }) {
      const metadata = options?.metadata ?? spec.metadata?.of?.(value);
      await kv.putJson(keyOf(options?.parts), value, putOptionsOf(options?.ttlSeconds ?? spec.ttlSeconds, metadata));
    },
    delete: (kv, parts) => kv.delete(keyOf(parts)),
    ...lister(spec, spec.metadata?.schema),
  };
}

export function kvBlob<MS extends z.ZodType = z.ZodNever>(spec: {
  prefix: string;
  metadata?: { schema: MS; of?: (bytes: ArrayBuffer | Uint8Array) => z.output<MS> };
  ttlSeconds?: number;
}): KvBlob<z.output<MS>> {
  const keyOf = keyMaker(spec);
  return {
    key: keyOf,
    async getStream(kv, parts) {
      const stored = await kv.getStream(keyOf(parts));
      return stored && { value: stored.value, metadata: parseMetadata(spec.metadata?.schema, stored.metadata) };
    },
    has: (kv, parts) => kv.has(keyOf(parts)),
    async put(kv, bytes, options) {
      const metadata = options.metadata ?? spec.metadata?.of?.(bytes);
      await kv.putBytes(keyOf(options.parts), bytes, putOptionsOf(options.ttlSeconds ?? spec.ttlSeconds, metadata));
    },
    delete: (kv, parts) => kv.delete(keyOf(parts)),
    ...lister(spec, spec.metadata?.schema),
  };
}
