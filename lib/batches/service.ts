// Batch calls, the follow side: the workspace list (paged by ElevenLabs' last_doc, filtered by agent
// upstream and by status here), the detail with its recipients, cancel, retry and delete. Every batch
// read from ElevenLabs is kept at `elevenlabs_batch_calls:{id}` so both still open, marked stale, when
// ElevenLabs is down.
import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/api/errors';
import { appendAudit } from '@/lib/audit/service';
import { getKv, type KvStore } from '@/lib/kv';
import { getPlatform } from '@/lib/platform';
import { getElevenLabsClient } from '@/lib/settings/service';
import {
  BATCH_PAGE_SIZE,
  isFinalBatch,
  type BatchDetailResult,
  type BatchFilters,
  type BatchListPage,
  type BatchSummary,
} from './model';
import { batchRecord, batchRowOf, batchRowSchema, type BatchRow, type StoredBatch } from './records';
import { batchDetailSchema, batchPageSchema, batchSummarySchema, type UpstreamBatch, type UpstreamBatchDetail } from './schemas';

/** Errors that mean "ElevenLabs cannot answer now": the stored copy is shown instead. */
const UPSTREAM_DOWN = new Set(['upstream_unavailable', 'upstream_timeout', 'rate_limited']);
const isUpstreamDown = (error: unknown) => error instanceof AppError && UPSTREAM_DOWN.has(error.code);

/** Upstream pages read for one filtered page at most (a status filter is applied here, not upstream). */
const MAX_UPSTREAM_PAGES = 5;
/** A running batch's stored copy is rewritten at most this often (KV: one write per second per key, and writes cost). */
const REFRESH_STORED_MS = 30_000;
/** Stale cursors page through the stored copies by offset; ElevenLabs' own are opaque ids. */
const STORED_CURSOR = /^stored:(\d{1,6})$/;

const path = (id: string) => `/v1/convai/batch-calling/${encodeURIComponent(id)}`;

export async function listBatches(filters: BatchFilters, kv: KvStore = getKv()): Promise<BatchListPage> {
  const client = await getElevenLabsClient();
  const stored = filters.cursor && STORED_CURSOR.exec(filters.cursor);
  if (stored) return listStoredBatches(filters, Number(stored[1]), kv);
  const batches: UpstreamBatch[] = [];
  let cursor = filters.cursor;
  let hasMore = false;
  try {
    for (let page = 0; page < MAX_UPSTREAM_PAGES; page++) {
      const answer = await client.json('GET', '/v1/convai/batch-calling/workspace', batchPageSchema, {
        query: { limit: filters.status ? 100 : BATCH_PAGE_SIZE, last_doc: cursor, agent_id: filters.agent },
      });
      batches.push(...answer.batch_calls.filter((b) => !filters.status || b.status === filters.status));
      hasMore = answer.has_more && !!answer.next_doc;
      cursor = answer.next_doc ?? undefined;
      if (!hasMore || batches.length >= BATCH_PAGE_SIZE) break;
    }
  } catch (error) {
    if (isUpstreamDown(error) && !filters.cursor) {
      const page = await listStoredBatches(filters, 0, kv);
      if (page.batches.length) return page;
    }
    throw explainRefusedCursor(error, filters);
  }
  defer(rememberSummaries(kv, batches));
  return { batches, nextCursor: hasMore ? (cursor ?? null) : null, source: 'live', storedAt: null };
}

/** A last_doc ElevenLabs refuses is an old or hand-edited link: say so, on the field. */
function explainRefusedCursor(error: unknown, filters: BatchFilters): unknown {
  if (!filters.cursor || !(error instanceof AppError) || error.code !== 'validation_failed') return error;
  return new AppError('validation_failed', 'This page link has expired. Start again from the first page.', { fields: [{ field: 'cursor', message: 'has expired' }] });
}

/** Every stored batch, newest first, filtered as the upstream list would be. */
async function listStoredBatches(filters: BatchFilters, offset: number, kv: KvStore): Promise<BatchListPage> {
  const rows: BatchRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await batchRecord.list(kv, { cursor });
    for (const entry of page.entries) if (entry.metadata) rows.push(entry.metadata);
    cursor = page.cursor ?? undefined;
  } while (cursor && rows.length < 10_000);
  const matching = rows
    .filter((row) => (!filters.agent || row.agent_id === filters.agent) && (!filters.status || row.status === filters.status))
    .sort((a, b) => b.created_at_unix - a.created_at_unix || a.id.localeCompare(b.id));
  const page = matching.slice(offset, offset + BATCH_PAGE_SIZE);
  const next = offset + BATCH_PAGE_SIZE;
  return {
    batches: page.map(({ storedAt: _storedAt, hasRecipients: _hasRecipients, ...batch }) => batch),
    nextCursor: next < matching.length ? `stored:${next}` : null,
    source: 'stale',
    storedAt: page.reduce<string | null>((oldest, row) => (oldest === null || row.storedAt < oldest ? row.storedAt : oldest), null),
  };
}

export async function getBatch(id: string, kv: KvStore = getKv()): Promise<BatchDetailResult> {
  const client = await getElevenLabsClient();
  try {
    const batch = await client.json('GET', path(id), batchDetailSchema, { resource: 'Batch call' });
    defer(rememberDetail(kv, batch));
    return { batch, source: 'live', storedAt: null };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') defer(forget(kv, id));
    if (isUpstreamDown(error)) {
      const stored = await batchRecord.get(kv, id);
      if (stored?.recipients) return { batch: { ...stored.batch, recipients: stored.recipients }, source: 'stale', storedAt: stored.storedAt };
    }
    throw error;
  }
}

type BatchAction = 'cancel' | 'retry';

const ACTION_WORDS: Record<BatchAction, { past: string; refused: string; audit: 'batch_cancelled' | 'batch_retried' }> = {
  cancel: { past: 'cancelled', refused: 'This batch can no longer be cancelled.', audit: 'batch_cancelled' },
  retry: { past: 'retried', refused: 'This batch has no failed or unanswered recipients to retry.', audit: 'batch_retried' },
};

/** POST …/cancel or …/retry: neither takes a body; a refusal for the batch's state is a 409. */
export async function actOnBatch(id: string, action: BatchAction, actor: string, kv: KvStore = getKv()): Promise<BatchSummary> {
  const client = await getElevenLabsClient();
  const words = ACTION_WORDS[action];
  let batch: BatchSummary;
  try {
    batch = await client.json('POST', `${path(id)}/${action}`, batchSummarySchema, { resource: 'Batch call' });
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') {
      const fields = (error.details as { fields?: unknown[] } | undefined)?.fields ?? [];
      if (fields.length === 0) throw new AppError('conflict', `${words.refused} ${error.message}`.trim());
    }
    throw error;
  }
  await appendAudit({ actor, action: words.audit, detail: `Batch "${batch.name}" (${id}) ${words.past}` }, kv);
  return batch;
}

/** Deletes the batch and its recipient records upstream (its conversations stay), then the stored copy. */
export async function deleteBatch(id: string, actor: string, kv: KvStore = getKv()): Promise<void> {
  const client = await getElevenLabsClient();
  const stored = await batchRecord.get(kv, id);
  try {
    await client.json('DELETE', path(id), z.unknown(), { resource: 'Batch call' });
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') await forget(kv, id);
    throw error;
  }
  await forget(kv, id);
  const name = stored ? `"${stored.batch.name}" (${id})` : id;
  await appendAudit({ actor, action: 'batch_deleted', detail: `Batch ${name} deleted` }, kv);
}

function defer(work: Promise<unknown>): void {
  // A failed write of a cache copy must not fail the answer it came with.
  const quiet = work.catch((error: unknown) => console.error('Storing a batch copy failed', error instanceof Error ? error.message : typeof error));
  try {
    getPlatform().waitUntil(quiet);
  } catch {
    void quiet;
  }
}

/** Whether a stored row is worth rewriting with `batch`: new, changed state, or an old copy of a running one. */
function isWorthStoring(row: BatchRow | null, batch: BatchSummary, withRecipients: boolean, nowMs: number): boolean {
  if (!row) return true;
  if (withRecipients && !row.hasRecipients) return true;
  if (row.status !== batch.status) return true;
  const changed = row.last_updated_at_unix !== (batch.last_updated_at_unix ?? null) || row.total_calls_finished !== (batch.total_calls_finished ?? null);
  if (!changed) return false;
  return isFinalBatch(batch.status) || nowMs - Date.parse(row.storedAt) >= REFRESH_STORED_MS;
}

/**
 * What this worker instance last stored or saw stored, by batch id. A list or detail polled every few
 * seconds then decides whether to write without a KV list each time (lists are the scarcest KV
 * operation: 1,000 a day on the free plan). Another instance's newer write only costs an early rewrite.
 */
const knownRows = new Map<string, BatchRow>();
const MAX_KNOWN_ROWS = 5_000;

function know(id: string, row: BatchRow | null): void {
  knownRows.delete(id);
  if (!row) return;
  knownRows.set(id, row);
  if (knownRows.size > MAX_KNOWN_ROWS) knownRows.delete(knownRows.keys().next().value!);
}

async function store(kv: KvStore, value: StoredBatch): Promise<void> {
  await batchRecord.put(kv, value, { parts: value.batch.id });
  know(value.batch.id, batchRowOf(value));
}

async function forget(kv: KvStore, id: string): Promise<void> {
  know(id, null);
  await batchRecord.delete(kv, id);
}

/** The list's rows, stored where new or changed; a stored detail keeps its recipients. */
async function rememberSummaries(kv: KvStore, batches: UpstreamBatch[], nowMs = Date.now()): Promise<void> {
  if (batches.length === 0) return;
  const unknown = new Set(batches.filter((batch) => !knownRows.has(batch.id)).map((batch) => batch.id));
  let cursor: string | undefined;
  while (unknown.size > 0) {
    const page = await batchRecord.list(kv, { cursor });
    for (const entry of page.entries) {
      if (!entry.metadata) continue;
      know(entry.id, entry.metadata);
      unknown.delete(entry.id);
    }
    cursor = page.cursor ?? undefined;
    if (!cursor) break;
  }
  const storedAt = new Date(nowMs).toISOString();
  await Promise.all(
    batches
      .filter((batch) => isWorthStoring(knownRows.get(batch.id) ?? null, batch, false, nowMs))
      .map(async (batch) => {
        const previous: StoredBatch | null = knownRows.get(batch.id)?.hasRecipients ? await batchRecord.get(kv, batch.id) : null;
        await store(kv, { batch: withoutRecipients(batch), recipients: previous?.recipients ?? null, storedAt });
      }),
  );
}

async function rememberDetail(kv: KvStore, batch: UpstreamBatchDetail, nowMs = Date.now()): Promise<void> {
  const row = knownRows.get(batch.id) ?? (await readRow(kv, batch.id));
  if (!isWorthStoring(row, batch, true, nowMs)) return;
  const { recipients, ...summary } = batch;
  await store(kv, { batch: summary, recipients, storedAt: new Date(nowMs).toISOString() });
}

/** One stored row's metadata, without reading its (possibly large) value. */
async function readRow(kv: KvStore, id: string): Promise<BatchRow | null> {
  const key = batchRecord.key(id);
  // A list by the whole key also matches longer ids that start alike: keep the exact one.
  const page = await kv.list<unknown>(key, { limit: 10 });
  const parsed = batchRowSchema.safeParse(page.entries.find((entry) => entry.key === key)?.metadata);
  const row = parsed.success ? parsed.data : null;
  know(id, row);
  return row;
}

function withoutRecipients(batch: UpstreamBatch): UpstreamBatch {
  const { recipients: _recipients, ...summary } = batch;
  return summary;
}
