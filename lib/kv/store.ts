// The one module that reads and writes KV; lib/kv/index.ts binds it to the request. Key names are
// part of the product's contract (shared/reference/kv-schema.md, plus the product's own keys in the README).
import type { z } from 'zod';

export const kvKeys = {
  apiKey: 'elevenlabs_api_key',
  webhookSecret: 'elevenlabs_webhook_secret',
  conversation: (conversationId: string) => `elevenlabs_conversations:${conversationId}`,
  batchCall: (batchId: string) => `elevenlabs_batch_calls:${batchId}`,
  agent: (agentId: string) => `elevenlabs_agents:${agentId}`,
  webhook: (timestamp: string) => `elevenlabs_webhooks:${timestamp}`,
  outboundCall: (callId: string) => `elevenlabs_outbound_call:${callId}`,
  outboundCallsList: 'elevenlabs_outbound_calls_list',
  /** The MP3 of a conversation, kept when it came by webhook or when the upstream ignores Range. */
  conversationAudio: (conversationId: string) => `elevenlabs_conversation_audio:${conversationId}`,
  /** Fixed-width milliseconds plus a unique suffix: time-ordered, never colliding. */
  webhookPrefix: 'elevenlabs_webhooks:',
  webhookSeen: (bodyHash: string) => `voicedesk_webhook_seen:${bodyHash}`,
  callFailure: (conversationId: string) => `voicedesk_call_failure:${conversationId}`,
  /** One per logged delivery naming a conversation, so deleting the conversation finds its deliveries. */
  webhookByConversationPrefix: (conversationId: string) => `voicedesk_webhook_by_conversation:${conversationId}:`,
  webhookByConversation: (conversationId: string, logId: string) => `voicedesk_webhook_by_conversation:${conversationId}:${logId}`,
  /** Newest-first index of the webhook log; metadata carries the list row. */
  webhookIndexPrefix: 'voicedesk_webhook_index:',
  webhookIndex: (newestFirst: string) => `voicedesk_webhook_index:${newestFirst}`,
  /** One refusal tally per worker instance and hour (lib/webhooks/rejections). */
  webhookRejectionsPrefix: 'voicedesk_webhook_rejections:',
  webhookRejections: (hour: number, instanceId: string) => `voicedesk_webhook_rejections:${String(hour).padStart(8, '0')}:${instanceId}`,
  // Product keys beyond the fixed schema, in the same style.
  settings: 'voicedesk_settings',
  auditPrefix: 'voicedesk_audit:',
  audit: (sortableId: string) => `voicedesk_audit:${sortableId}`,
  /** One key per sign-in attempt on the admin account (lib/auth/throttle): listed, never rewritten. */
  loginAttemptsPrefix: (accountHash: string) => `voicedesk_login_attempts:${accountHash}:`,
  loginAttempt: (accountHash: string, newestFirst: string) => `voicedesk_login_attempts:${accountHash}:${newestFirst}`,
} as const;

export interface KvListEntry<M> {
  key: string;
  metadata: M | null;
}

export interface KvStore {
  getJson<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S> | null>;
  putJson(key: string, value: unknown, options?: KVNamespacePutOptions): Promise<void>;
  getBytes(key: string): Promise<ArrayBuffer | null>;
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
    async getBytes(key) {
      return kv.get(key, 'arrayBuffer');
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
