// Conversations: list (proxied), detail (finished ones kept in KV, they are immutable upstream),
// delete (upstream and every local copy, webhook deliveries included).
import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/api/errors';
import { getElevenLabsClient } from '@/lib/settings/service';
import { appendAudit } from '@/lib/audit/service';
import { getKv, type KvStore } from '@/lib/kv';
import {
  callFailureRecord,
  conversationAudioBlob,
  conversationRecord,
  forgetDeliveries,
  type StoredConversation,
} from './records';
import { listAllAgents, getAgent } from '@/lib/agents/service';
import { filterOptionsFromAgents, type ConversationFilterOptions, type MissingConversationDetails, type ConversationFilters, type ConversationResult } from './model';
import { toUpstreamQuery } from './schemas';
import {
  conversationDetailSchema,
  conversationPageSchema,
  FINISHED_STATUSES,
  type ConversationDetail,
  type ConversationPage,
} from './upstream';

export type { StoredConversation };


const UPSTREAM_DOWN = new Set(['upstream_unavailable', 'upstream_timeout', 'rate_limited']);

export const EXPIRED_CURSOR_MESSAGE = 'This page link has expired. Start again from the first page.';

export async function listConversations(filters: ConversationFilters): Promise<ConversationPage> {
  const client = await getElevenLabsClient();
  try {
    return await client.json('GET', '/v1/convai/conversations', conversationPageSchema, { query: toUpstreamQuery(filters) });
  } catch (error) {
    throw filters.cursor ? explainRefusedCursor(error) : error;
  }
}

/** A cursor ElevenLabs refuses is an old or hand-edited link, not ElevenLabs' fault: say so. */
function explainRefusedCursor(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== 'validation_failed') return error;
  const fields = (error.details as { fields?: { field: string }[] } | undefined)?.fields ?? [];
  if (!fields.some((issue) => issue.field === 'cursor')) return error;
  return new AppError('validation_failed', EXPIRED_CURSOR_MESSAGE, { fields: [{ field: 'cursor', message: 'has expired' }] });
}

export function readStoredConversation(id: string, kv: KvStore = getKv()): Promise<StoredConversation | null> {
  return conversationRecord.get(kv, id);
}

export async function storeConversation(
  conversation: ConversationDetail,
  source: StoredConversation['source'],
  kv: KvStore = getKv(),
  extra: Partial<StoredConversation> = {},
): Promise<StoredConversation> {
  const record: StoredConversation = { conversation, storedAt: new Date().toISOString(), source, ...extra };
  await conversationRecord.put(kv, record, { parts: conversation.conversation_id });
  return record;
}

export async function getConversation(id: string): Promise<ConversationResult> {
  const kv = getKv();
  const stored = await readStoredConversation(id, kv);
  if (stored && FINISHED_STATUSES.has(stored.conversation.status)) {
    return withFailure({ conversation: stored.conversation, cache: 'hit', storedAt: stored.storedAt, source: stored.source }, kv);
  }
  try {
    const client = await getElevenLabsClient();
    const conversation = await client.json('GET', `/v1/convai/conversations/${encodeURIComponent(id)}`, conversationDetailSchema, {
      resource: 'Conversation',
    });
    if (!FINISHED_STATUSES.has(conversation.status)) return { conversation, cache: 'live', storedAt: null, source: null };
    const record = await storeConversation(conversation, 'api', kv, { audioBytes: stored?.audioBytes });
    return withFailure({ conversation, cache: 'miss', storedAt: record.storedAt, source: 'api' }, kv);
  } catch (error) {
    if (stored && error instanceof AppError && UPSTREAM_DOWN.has(error.code)) {
      return withFailure({ conversation: stored.conversation, cache: 'stale', storedAt: stored.storedAt, source: stored.source }, kv);
    }
    throw await explainMissing(id, error, kv);
  }
}

/** A failed call shows why it failed, from its call_initiation_failure webhook when one arrived. */
async function withFailure(result: ConversationResult, kv: KvStore): Promise<ConversationResult> {
  if (result.conversation.status !== 'failed') return result;
  return { ...result, failure: await callFailureRecord.get(kv, result.conversation.conversation_id) };
}

/**
 * A call that never connected may have no conversation upstream, only the failure its webhook
 * reported: the 404 then carries that failure, so the page shows it instead of a dead end.
 */
async function explainMissing(id: string, error: unknown, kv: KvStore): Promise<unknown> {
  if (!(error instanceof AppError) || error.code !== 'not_found') return error;
  const failure = await callFailureRecord.get(kv, id);
  if (!failure) return error;
  const details: MissingConversationDetails = { callFailure: failure };
  return new AppError('not_found', 'This call failed to connect, so there is no conversation to show.', details);
}

/**
 * Deletes upstream, then every local copy: the stored conversation and recording, the call-failure
 * record, and the webhook deliveries logged for it (their payloads hold the transcript). A 404
 * upstream still clears stale local copies, but deleted nothing, so only a deletion is audited.
 */
export async function deleteConversation(id: string, actor: string): Promise<void> {
  const client = await getElevenLabsClient();
  const kv = getKv();
  const forgetLocally = () =>
    Promise.all([
      conversationRecord.delete(kv, id),
      conversationAudioBlob.delete(kv, id),
      callFailureRecord.delete(kv, id),
      forgetDeliveries(kv, id),
    ]);
  try {
    await client.json('DELETE', `/v1/convai/conversations/${encodeURIComponent(id)}`, z.unknown(), { resource: 'Conversation' });
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') await forgetLocally();
    throw error;
  }
  await forgetLocally();
  await appendAudit({ actor, action: 'conversation_deleted', detail: `Conversation ${id} deleted` }, kv);
}

/** Agents read at once for the filter options: enough to be quick, few enough not to hit the rate limit. */
const AGENT_READS_AT_ONCE = 4;

/**
 * The evaluation criteria and data-collection ids the agents define, for "More filters". The list of
 * agents carries neither, so each agent is read whole; the browser keeps the answer for minutes.
 */
export async function getFilterOptions(): Promise<ConversationFilterOptions> {
  const summaries = await listAllAgents();
  const agents: Awaited<ReturnType<typeof getAgent>>[] = [];
  for (let i = 0; i < summaries.length; i += AGENT_READS_AT_ONCE) {
    const batch = summaries.slice(i, i + AGENT_READS_AT_ONCE);
    // An agent deleted between the two requests is skipped, not a failure of the whole list.
    const settled = await Promise.allSettled(batch.map((agent) => getAgent(agent.agent_id)));
    for (const result of settled) {
      if (result.status === 'fulfilled') agents.push(result.value);
      else if (!(result.reason instanceof AppError && result.reason.code === 'not_found')) throw result.reason;
    }
  }
  return filterOptionsFromAgents(agents);
}
