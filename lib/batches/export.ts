// A batch's results as CSV: one row per recipient, joined with its call's outcome, evaluation results
// and collected data. Finished calls come from the stored conversations (KV) where kept, else from
// ElevenLabs, a few at a time; the export stores nothing (one click must not cost thousands of KV writes).
import 'server-only';
import { AppError } from '@/lib/api/errors';
import { readStoredConversation } from '@/lib/conversations/service';
import { conversationDetailSchema, type ConversationDetail } from '@/lib/conversations/upstream';
import { toCsv } from '@/lib/csv';
import { getKv, type KvStore } from '@/lib/kv';
import { getElevenLabsClient } from '@/lib/settings/service';
import type { BatchRecipient } from './model';
import { getBatch } from './service';

/** Calls read at once: ElevenLabs counts concurrent requests against the plan's limits. */
export const JOIN_CONCURRENCY = 6;
/**
 * Calls joined in one export at most: each is a KV read and perhaps a request upstream, and a worker
 * invocation has a bounded number of subrequests (https://developers.cloudflare.com/workers/platform/limits/).
 * Rows past it keep their recipient columns; the response's `x-export-joined` says how many were joined.
 */
export const MAX_JOINED_CALLS = 1_000;

const BASE_HEADER = ['recipient_id', 'phone_number', 'status', 'conversation_id', 'call_status', 'outcome', 'duration_secs', 'summary_title', 'summary'];

type Reader = (id: string) => Promise<ConversationDetail | null>;

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

async function conversationReader(kv: KvStore): Promise<Reader> {
  const client = await getElevenLabsClient();
  return async (id) => {
    const stored = await readStoredConversation(id, kv);
    if (stored) return stored.conversation;
    try {
      return await client.json('GET', `/v1/convai/conversations/${encodeURIComponent(id)}`, conversationDetailSchema, { resource: 'Conversation' });
    } catch (error) {
      // One call that cannot be read (deleted since, ElevenLabs down) leaves its row unjoined, not the export failed.
      if (error instanceof AppError) return null;
      throw error;
    }
  };
}

export async function exportBatchCsv(id: string, kv: KvStore = getKv(), read?: Reader): Promise<{ csv: string; joined: number; calls: number }> {
  const { batch } = await getBatch(id, kv);
  const reader = read ?? (await conversationReader(kv));
  const withCall = batch.recipients.filter((r) => r.conversation_id);
  const toJoin = withCall.slice(0, MAX_JOINED_CALLS);
  const found = await mapBounded(toJoin, JOIN_CONCURRENCY, (r) => reader(r.conversation_id!));
  const calls = new Map<string, ConversationDetail>();
  toJoin.forEach((r, index) => {
    if (found[index]) calls.set(r.id, found[index]);
  });
  return { csv: batchCsv(batch.recipients, calls), joined: calls.size, calls: withCall.length };
}

/** The CSV itself: a column per variable, evaluation criterion and data field seen in any row. */
export function batchCsv(recipients: readonly BatchRecipient[], calls: ReadonlyMap<string, ConversationDetail>): string {
  const variables = new Set<string>();
  const criteria = new Set<string>();
  const fields = new Set<string>();
  for (const r of recipients) for (const name of Object.keys(r.conversation_initiation_client_data?.dynamic_variables ?? {})) variables.add(name);
  for (const call of calls.values()) {
    for (const name of Object.keys(call.analysis?.evaluation_criteria_results ?? {})) criteria.add(name);
    for (const name of Object.keys(call.analysis?.data_collection_results ?? {})) fields.add(name);
  }
  const header = [...BASE_HEADER, ...[...variables].map((n) => `var:${n}`), ...[...criteria].map((n) => `evaluation:${n}`), ...[...fields].map((n) => `data:${n}`)];
  const rows = recipients.map((r) => {
    const call = calls.get(r.id);
    const vars = r.conversation_initiation_client_data?.dynamic_variables ?? {};
    const evaluations = call?.analysis?.evaluation_criteria_results ?? {};
    const data = call?.analysis?.data_collection_results ?? {};
    return [
      r.id,
      r.phone_number ?? r.whatsapp_user_id ?? '',
      r.status,
      r.conversation_id ?? '',
      call?.status ?? '',
      call?.analysis?.call_successful ?? '',
      call ? call.metadata.call_duration_secs : '',
      call?.analysis?.call_summary_title ?? '',
      call?.analysis?.transcript_summary ?? '',
      ...[...variables].map((n) => vars[n] ?? ''),
      ...[...criteria].map((n) => evaluations[n]?.result ?? ''),
      ...[...fields].map((n) => data[n]?.value ?? ''),
    ];
  });
  return toCsv(header, rows);
}
