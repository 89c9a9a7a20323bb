// The delivery log: every accepted delivery at `elevenlabs_webhooks:{ms}-{hex}` (time-ordered, as
// the schema asks) plus two newest-first index keys (all types, and its own type) whose metadata is
// the list row, so the admin page pages newest first without a read per row. Each delivery writes
// only keys of its own: nothing shared is read-modify-written.
import { z } from 'zod';
import { kvKeys, type KvStore } from '@/lib/kv';
import { WEBHOOK_TYPES, type WebhookLogEntry, type WebhookType } from './schemas';

export type DeliveryRow = Omit<WebhookLogEntry, 'payload'> & { id: string };

export const DELIVERY_ID = /^\d{13}-[0-9a-f]{8}$/;
const MAX_DAY_COUNT_PAGES = 10;

const deliveryRowSchema = z.object({
  id: z.string(),
  type: z.enum(WEBHOOK_TYPES),
  conversationId: z.string(),
  agentId: z.string(),
  receivedAt: z.string(),
  eventTimestamp: z.number(),
  bytes: z.number(),
  duplicate: z.boolean(),
});

const logEntrySchema = deliveryRowSchema.omit({ id: true }).extend({ payload: z.unknown() });

/** The index key part that sorts newest first and keeps the log id's (timeOrderedId's) suffix. */
function newestFirst(id: string): string {
  const [ms, suffix] = id.split('-') as [string, string];
  return `${String(9_999_999_999_999 - Number(ms)).padStart(13, '0')}-${suffix}`;
}

export async function writeDelivery(kv: KvStore, id: string, entry: WebhookLogEntry, ttlSeconds: number): Promise<void> {
  const { payload: _payload, ...fields } = entry;
  const row: DeliveryRow = { id, ...fields };
  const options = { expirationTtl: ttlSeconds, metadata: row };
  await Promise.all([
    kv.putJson(kvKeys.webhook(id), entry, { expirationTtl: ttlSeconds, metadata: fields }),
    kv.putJson(kvKeys.webhookIndex('all', newestFirst(id)), id, options),
    kv.putJson(kvKeys.webhookIndex(entry.type, newestFirst(id)), id, options),
  ]);
}

export interface DeliveryPage {
  deliveries: DeliveryRow[];
  nextCursor: string | null;
}

export async function listDeliveries(
  kv: KvStore,
  options: { type?: WebhookType; cursor?: string; limit: number },
): Promise<DeliveryPage> {
  const page = await kv.list<unknown>(kvKeys.webhookIndexPrefix(options.type ?? 'all'), {
    limit: options.limit,
    cursor: options.cursor,
  });
  return {
    deliveries: page.entries.flatMap(({ metadata }) => {
      const row = deliveryRowSchema.safeParse(metadata);
      return row.success ? [row.data] : [];
    }),
    nextCursor: page.cursor,
  };
}

export async function readDelivery(kv: KvStore, id: string): Promise<(WebhookLogEntry & { id: string }) | null> {
  if (!DELIVERY_ID.test(id)) return null;
  const entry = await kv.getJson(kvKeys.webhook(id), logEntrySchema);
  return entry ? { id, ...entry } : null;
}

export interface DeliveryStats {
  lastReceivedAt: string | null;
  last24h: number;
  /** True when the count stopped at its cap (shown as "10,000+"). */
  last24hCapped: boolean;
}

/** Walks the newest-first index until a row is older than 24 hours (bounded pages). */
export async function readDeliveryStats(kv: KvStore, nowMs = Date.now()): Promise<DeliveryStats> {
  const since = nowMs - 24 * 3600 * 1000;
  let lastReceivedAt: string | null = null;
  let last24h = 0;
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_DAY_COUNT_PAGES; pages++) {
    const page = await listDeliveries(kv, { cursor, limit: 1000 });
    for (const row of page.deliveries) {
      lastReceivedAt ??= row.receivedAt;
      if (Date.parse(row.receivedAt) < since) return { lastReceivedAt, last24h, last24hCapped: false };
      last24h += 1;
    }
    if (!page.nextCursor) return { lastReceivedAt, last24h, last24hCapped: false };
    cursor = page.nextCursor;
  }
  return { lastReceivedAt, last24h, last24hCapped: true };
}
