// The delivery log: every accepted delivery at `elevenlabs_webhooks:{ms}-{hex}` (time-ordered, as
// the schema asks) plus one newest-first index key whose metadata is the list row, so the admin page
// pages newest first without a read per row, and a pointer from the conversation (see
// lib/conversations/records). Each delivery writes only keys of its own: nothing
// shared is read-modify-written. The type filter scans the index's metadata instead of keeping an
// index per type: one KV write less per delivery, where writes are the receiver's main cost.
import { z } from 'zod';
import { newestFirstOf, type KvStore } from '@/lib/kv';
import { pointToDelivery } from '@/lib/conversations/records';
import { deliveryIndexRecord, deliveryLogRecord } from './records';
import type { DeliveryPage, DeliveryRow, WebhookLogEntry, WebhookType } from './model';


const MAX_DAY_COUNT_PAGES = 10;

/** How far one filtered page reads: at most `maxPages` index pages of `pageSize` rows, then it answers. */
export interface ScanBound {
  pageSize: number;
  maxPages: number;
}
const DEFAULT_SCAN: ScanBound = { pageSize: 1000, maxPages: 10 };

/**
 * The log entry itself, and the conversation's pointer to it (so deleting the conversation deletes
 * the transcript this payload holds): both written before the sender gets its 200.
 */
export async function writeDelivery(kv: KvStore, id: string, entry: WebhookLogEntry, ttlSeconds: number): Promise<void> {
  const keys = [deliveryLogRecord.key(id), deliveryIndexRecord.key(newestFirstOf(id))];
  await Promise.all([
    deliveryLogRecord.put(kv, entry, { parts: id, ttlSeconds }),
    entry.conversationId ? pointToDelivery(kv, entry.conversationId, id, keys, ttlSeconds) : undefined,
  ]);
}

/** The list row: may be written after the response. */
export async function indexDelivery(kv: KvStore, id: string, entry: WebhookLogEntry, ttlSeconds: number): Promise<void> {
  const { payload: _payload, ...fields } = entry;
  const row: DeliveryRow = { id, ...fields };
  await deliveryIndexRecord.put(kv, id, { parts: newestFirstOf(id), ttlSeconds, metadata: row });
}


/** Where the next page starts: a KV list cursor, and how many matches of that list page were shown. */
interface LogCursor {
  k: string | null;
  s: number;
}

const cursorSchema = z.object({ k: z.string().nullable(), s: z.number().int().min(0) });

function encodeCursor(cursor: LogCursor): string {
  return btoa(JSON.stringify(cursor)).replace(/=+$/, '');
}

function decodeCursor(value: string | undefined): LogCursor | null {
  if (!value) return { k: null, s: 0 };
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(atob(value)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export class BadCursorError extends Error {}

export async function listDeliveries(
  kv: KvStore,
  options: { type?: WebhookType; cursor?: string; limit: number; scan?: ScanBound },
): Promise<DeliveryPage> {
  const scan = options.scan ?? DEFAULT_SCAN;
  const start = decodeCursor(options.cursor);
  if (!start) throw new BadCursorError('cursor is not one this endpoint returned');
  const rows: DeliveryRow[] = [];
  let { k: listCursor, s: skip } = start;
  for (let scanned = 0; scanned < scan.maxPages; scanned++) {
    // Unfiltered, a list page is exactly a result page; filtered, read wide and keep the matches.
    const page = await deliveryIndexRecord.list(kv, {
      limit: options.type ? scan.pageSize : options.limit,
      cursor: listCursor ?? undefined,
    });
    const matches = page.entries.flatMap(({ metadata: row }) => (row && (!options.type || row.type === options.type) ? [row] : []));
    const taken = matches.slice(skip, skip + options.limit - rows.length);
    rows.push(...taken);
    if (rows.length === options.limit) {
      const shown = skip + taken.length;
      if (shown < matches.length) return { deliveries: rows, nextCursor: encodeCursor({ k: listCursor, s: shown }) };
      return { deliveries: rows, nextCursor: page.cursor ? encodeCursor({ k: page.cursor, s: 0 }) : null };
    }
    if (!page.cursor) return { deliveries: rows, nextCursor: null };
    listCursor = page.cursor;
    skip = 0;
  }
  // A rare type in a long log: answer with what was found so far; "load more" goes on from here.
  return { deliveries: rows, nextCursor: encodeCursor({ k: listCursor, s: 0 }) };
}

export async function readDelivery(kv: KvStore, id: string): Promise<(WebhookLogEntry & { id: string }) | null> {
  const entry = await deliveryLogRecord.get(kv, id);
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
    const page = await deliveryIndexRecord.list(kv, { cursor, limit: 1000 });
    for (const { metadata: row } of page.entries) {
      if (!row) continue;
      lastReceivedAt ??= row.receivedAt;
      if (Date.parse(row.receivedAt) < since) return { lastReceivedAt, last24h, last24hCapped: false };
      last24h += 1;
    }
    if (!page.cursor) return { lastReceivedAt, last24h, last24hCapped: false };
    cursor = page.cursor;
  }
  return { lastReceivedAt, last24h, last24hCapped: true };
}
