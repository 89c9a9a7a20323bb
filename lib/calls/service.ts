// Outbound calls: place one (validated before anything is sent, exactly once per idempotency key),
// list and read the records, and follow each call to its conversation.
import 'server-only';
import { AppError, validationError, type FieldIssue } from '@/lib/api/errors';
import { type AgentDetail } from '@/lib/agents/model';
import { disallowedOverrides, OVERRIDE_FIELDS, OVERRIDE_PATH, type OverrideField } from '@/lib/agents/call-rules';
import { getAgent } from '@/lib/agents/service';
import { callFailureRecord } from '@/lib/conversations/records';
import { getConversation, readStoredConversation } from '@/lib/conversations/service';
import { FINISHED_STATUSES } from '@/lib/conversations/upstream';
import { toCsv } from '@/lib/csv';
import { once } from '@/lib/idempotency/service';
import { getKv, newestFirstOf, type KvStore } from '@/lib/kv';
import { parsePhone } from '@/lib/phone/model';
import { listPhoneNumbers } from '@/lib/phone-numbers/service';
import type { PhoneNumberView } from '@/lib/phone-numbers/model';
import { getElevenLabsClient } from '@/lib/settings/service';
import {
  CALL_STATUS_LABEL,
  failureReasonLabel,
  statusFromConversation,
  type CallFilters,
  type CallPage,
  type CallStatus,
  type CallView,
  type PlaceCallInput,
} from './model';
import { callRecord, type CallMetadata, type CallRecord } from './records';
import { sipCallAnswerSchema, twilioCallAnswerSchema } from './schemas';

/** How long ElevenLabs gets to answer a call-placing POST before the call is recorded as unknown. */
export const PLACE_CALL_TIMEOUT_MS = 20_000;

/**
 * Errors after which the call may have been placed: no answer in time, the connection lost, or an
 * answer that could not be read. Every other refusal means nothing was dialled.
 */
const MAYBE_PLACED = new Set(['upstream_timeout', 'upstream_unavailable', 'upstream_error', 'internal_error']);

export const UNKNOWN_OUTCOME_MESSAGE =
  'ElevenLabs did not confirm the call, so it may or may not have been placed. It is recorded as unknown: check recent calls and conversations before retrying.';

export interface PlaceCallOptions {
  kv?: KvStore;
  timeoutMs?: number;
}

interface Checked {
  agent: AgentDetail;
  from: PhoneNumberView;
  toNumber: string;
}

/** Everything that can be refused is refused here, before the idempotency claim and before anything is sent. */
async function check(input: PlaceCallInput): Promise<Checked> {
  const issues: FieldIssue[] = [];
  const to = parsePhone(input.to_number);
  if (!to.ok) issues.push({ field: 'to_number', message: to.reason === 'needs_country' ? 'must be in international format (E.164), e.g. +14155550123' : to.message });
  const [agent, numbers] = await Promise.all([
    getAgent(input.agent_id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    }),
    listPhoneNumbers(),
  ]);
  if (!agent) issues.push({ field: 'agent_id', message: 'is not an agent in this workspace' });
  const from = numbers.find((n) => n.phone_number_id === input.from_phone_number_id);
  if (!from) issues.push({ field: 'from_phone_number_id', message: 'is not a phone number in this workspace' });
  else if (!from.can_call_out) issues.push({ field: 'from_phone_number_id', message: `${from.phone_number} cannot place outbound calls` });
  if (from && from.provider !== 'twilio' && input.twilio && Object.keys(input.twilio).length > 0) {
    issues.push({ field: 'twilio', message: 'applies to Twilio numbers only' });
  }
  if (agent) {
    const asked = Object.keys(input.overrides ?? {}) as OverrideField[];
    for (const { field, setting } of disallowedOverrides(agent, asked)) {
      issues.push({ field: `overrides.${field}`, message: `is not allowed by ${agent.name}: turn on ${setting} in the agent's settings` });
    }
  }
  if (issues.length > 0) throw validationError(issues);
  return { agent: agent!, from: from!, toNumber: to.ok ? to.e164 : input.to_number };
}

/** `conversation_initiation_client_data`: dynamic variables and each override at its path in the agent config. */
export function clientData(input: Pick<PlaceCallInput, 'dynamic_variables' | 'overrides'>): Record<string, unknown> | null {
  const dynamic = input.dynamic_variables ?? {};
  const override: Record<string, unknown> = {};
  for (const field of OVERRIDE_FIELDS) {
    const value = input.overrides?.[field];
    if (value === undefined) continue;
    const path = OVERRIDE_PATH[field];
    let node = override;
    path.slice(0, -1).forEach((part) => {
      node = (node[part] ??= {}) as Record<string, unknown>;
    });
    node[path[path.length - 1]!] = value;
  }
  if (Object.keys(dynamic).length === 0 && Object.keys(override).length === 0) return null;
  return {
    ...(Object.keys(dynamic).length ? { dynamic_variables: dynamic } : {}),
    ...(Object.keys(override).length ? { conversation_config_override: override } : {}),
  };
}

function upstreamBody(input: PlaceCallInput, checked: Checked): { path: string; body: Record<string, unknown> } {
  const base = {
    agent_id: checked.agent.agent_id,
    agent_phone_number_id: checked.from.phone_number_id,
    to_number: checked.toNumber,
    conversation_initiation_client_data: clientData(input),
  };
  if (checked.from.provider !== 'twilio') return { path: '/v1/convai/sip-trunk/outbound-call', body: base };
  const twilio = input.twilio ?? {};
  const telephony = {
    ...(twilio.ringing_timeout_secs !== undefined ? { ringing_timeout_secs: twilio.ringing_timeout_secs } : {}),
    ...(twilio.machine_detection ? { twilio_machine_detection: { mode: 'enable' } } : {}),
  };
  return {
    path: '/v1/convai/twilio/outbound-call',
    body: {
      ...base,
      ...(twilio.record !== undefined ? { call_recording_enabled: twilio.record } : {}),
      ...(Object.keys(telephony).length ? { telephony_call_config: telephony } : {}),
    },
  };
}

/** Sends the call once (the client never retries a POST) and records how it ended, whatever it was. */
async function placeOnce(input: PlaceCallInput, checked: Checked, actor: string, callId: string, kv: KvStore, timeoutMs: number): Promise<CallRecord> {
  const { path, body } = upstreamBody(input, checked);
  const base: Omit<CallRecord, 'upstream' | 'outcome' | 'error'> = {
    call_id: callId,
    placed_at: new Date().toISOString(),
    placed_by: actor,
    request: {
      agent_id: checked.agent.agent_id,
      agent_name: checked.agent.name,
      from_phone_number_id: checked.from.phone_number_id,
      from_number: checked.from.phone_number,
      provider: checked.from.provider,
      to_number: checked.toNumber,
      dynamic_variables: input.dynamic_variables ?? {},
      overrides: (input.overrides ?? {}) as Record<string, string>,
      twilio: checked.from.provider === 'twilio' ? (input.twilio ?? null) : null,
    },
  };
  let record: CallRecord;
  try {
    const client = await getElevenLabsClient({ timeoutMs });
    const schema = checked.from.provider === 'twilio' ? twilioCallAnswerSchema : sipCallAnswerSchema;
    const answer = (await client.json('POST', path, schema, { body, resource: 'Agent or phone number' })) as Record<string, unknown>;
    const upstream = {
      conversation_id: (answer.conversation_id as string | null | undefined) ?? null,
      call_sid: (answer.callSid as string | null | undefined) ?? null,
      sip_call_id: (answer.sip_call_id as string | null | undefined) ?? null,
      message: (answer.message as string | null | undefined) ?? null,
    };
    record = answer.success
      ? { ...base, upstream, outcome: 'placed', error: null }
      : { ...base, upstream, outcome: 'refused', error: { code: 'upstream_error', message: upstream.message || 'ElevenLabs did not place the call.' } };
  } catch (error) {
    const appError = error instanceof AppError ? error : new AppError('internal_error', 'The call could not be sent.');
    record = MAYBE_PLACED.has(appError.code)
      ? { ...base, upstream: null, outcome: 'unknown', error: { code: appError.code, message: appError.message } }
      : { ...base, upstream: null, outcome: 'refused', error: { code: appError.code, message: appError.message } };
  }
  await callRecord.put(kv, record, { parts: callId });
  return record;
}

/**
 * Places a call exactly once per idempotency key: a second request with the key (a double click, a
 * retry, another tab) gets the first call's record. A refused call answers its error, a call whose
 * answer never came answers upstream_timeout; both with the record in `details.call`.
 */
export async function placeCall(input: PlaceCallInput, actor: string, options: PlaceCallOptions = {}): Promise<{ call: CallView; replayed: boolean }> {
  const kv = options.kv ?? getKv();
  const checked = await check(input);
  const { idempotency_key: key, ...request } = input;
  const { result, replayed } = await once(kv, {
    scope: 'calls',
    key,
    request: JSON.stringify({ ...request, to_number: checked.toNumber }),
    act: (attemptId) => placeOnce(input, checked, actor, newestFirstOf(attemptId), kv, options.timeoutMs ?? PLACE_CALL_TIMEOUT_MS),
    find: (attemptId) => callRecord.get(kv, newestFirstOf(attemptId)),
  });
  const call = await viewOf(result, kv, false);
  if (result.outcome === 'refused') {
    const code = (result.error?.code ?? 'upstream_error') as AppError['code'];
    throw new AppError(code, result.error?.message ?? 'ElevenLabs did not place the call.', { call, replayed });
  }
  if (result.outcome === 'unknown') throw new AppError('upstream_timeout', UNKNOWN_OUTCOME_MESSAGE, { call, replayed });
  return { call, replayed };
}

/** The record as the list shows it, with its status followed to the conversation (`live`: ask ElevenLabs too). */
async function viewOf(record: CallRecord, kv: KvStore, live: boolean): Promise<CallView> {
  const view: CallView = {
    call_id: record.call_id,
    placed_at: record.placed_at,
    placed_by: record.placed_by,
    ...record.request,
    overrides: record.request.overrides,
    outcome: record.outcome,
    conversation_id: record.upstream?.conversation_id ?? null,
    call_sid: record.upstream?.call_sid ?? record.upstream?.sip_call_id ?? null,
    error: record.error,
    status: record.outcome === 'refused' ? 'failed' : record.outcome === 'unknown' ? 'unknown' : 'initiated',
    failure_reason: record.outcome === 'refused' ? (record.error?.message ?? null) : null,
    has_audio: false,
  };
  if (record.outcome !== 'placed' || !view.conversation_id) return view;
  return { ...view, ...(await followConversation(view.conversation_id, kv, live)) };
}

type Followed = Pick<CallView, 'status' | 'failure_reason' | 'has_audio'>;

/** A call_initiation_failure first (the call never connected), then the stored conversation, then ElevenLabs. */
async function followConversation(conversationId: string, kv: KvStore, live: boolean): Promise<Followed> {
  const [failure, stored] = await Promise.all([callFailureRecord.get(kv, conversationId), readStoredConversation(conversationId, kv)]);
  if (failure) return { status: 'failed', failure_reason: failureReasonLabel(failure.reason), has_audio: false };
  let conversation = stored?.conversation ?? null;
  if ((!conversation || !FINISHED_STATUSES.has(conversation.status)) && live) {
    conversation = await getConversation(conversationId)
      .then((result) => result.conversation)
      .catch(() => conversation);
  }
  if (!conversation) return { status: 'initiated', failure_reason: null, has_audio: false };
  const status: CallStatus = statusFromConversation(conversation.status);
  const error = (conversation.metadata as { error?: { reason?: string | null } | null } | undefined)?.error;
  return {
    status,
    failure_reason: status === 'failed' ? (error?.reason ?? (conversation.metadata as { termination_reason?: string | null })?.termination_reason ?? 'Failed') : null,
    has_audio: conversation.has_audio === true,
  };
}

export async function getCall(id: string, kv: KvStore = getKv()): Promise<CallView> {
  const record = await callRecord.get(kv, id);
  if (!record) throw new AppError('not_found', 'Call not found.');
  return viewOf(record, kv, true);
}

const PAGE_SIZE = 25;
/** Rows of one page asked of ElevenLabs when KV does not know their conversation's end yet. */
const LIVE_LOOKUPS = 10;
/** Calls older than this are not followed upstream any more: a call lasts minutes, not hours. */
const FOLLOW_FOR_MS = 2 * 60 * 60 * 1000;

function matches(meta: CallMetadata | null, filters: CallFilters): boolean {
  if (!meta) return false;
  if (filters.agent_id && meta.agent_id !== filters.agent_id) return false;
  if (filters.from_phone_number_id && meta.from !== filters.from_phone_number_id) return false;
  if (filters.outcome && meta.outcome !== filters.outcome) return false;
  if (filters.date_from && meta.at < Date.parse(`${filters.date_from}T00:00:00Z`)) return false;
  if (filters.date_to && meta.at >= Date.parse(`${filters.date_to}T00:00:00Z`) + 86_400_000) return false;
  return true;
}

interface Cursor {
  /** The KV cursor of the page to read (empty: the first). */
  kv: string;
  /** Matching keys of that page already returned. */
  skip: number;
}

const encodeCursor = (cursor: Cursor) => btoa(JSON.stringify(cursor)).replace(/=+$/, '');
function decodeCursor(text: string | undefined): Cursor {
  if (!text) return { kv: '', skip: 0 };
  try {
    const value = JSON.parse(atob(text)) as Cursor;
    if (typeof value.kv === 'string' && Number.isInteger(value.skip) && value.skip >= 0) return value;
  } catch {
    // fall through
  }
  throw validationError([{ field: 'cursor', message: 'is not a page link this list made' }]);
}

/** Matching call ids, newest first, from the per-call keys' metadata (no value is read to filter). */
async function matchingIds(filters: CallFilters, kv: KvStore, limit: number): Promise<{ ids: string[]; next: string | null }> {
  let cursor = decodeCursor(filters.cursor);
  const ids: string[] = [];
  for (;;) {
    const page = await callRecord.list(kv, { cursor: cursor.kv || undefined, limit: 1000 });
    const matching = page.entries.filter((entry) => matches(entry.metadata, filters)).map((entry) => entry.id);
    const wanted = matching.slice(cursor.skip);
    const room = limit - ids.length;
    if (wanted.length > room) {
      ids.push(...wanted.slice(0, room));
      return { ids, next: encodeCursor({ kv: cursor.kv, skip: cursor.skip + room }) };
    }
    ids.push(...wanted);
    if (!page.cursor) return { ids, next: null };
    cursor = { kv: page.cursor, skip: 0 };
    if (ids.length === limit) return { ids, next: encodeCursor(cursor) };
  }
}

export async function listCalls(filters: CallFilters, kv: KvStore = getKv()): Promise<CallPage> {
  const { ids, next } = await matchingIds(filters, kv, PAGE_SIZE);
  const records = (await Promise.all(ids.map((id) => callRecord.get(kv, id)))).filter((r): r is CallRecord => r !== null);
  const now = Date.now();
  let lookups = 0;
  const calls = await Promise.all(
    records.map((record) => viewOf(record, kv, now - Date.parse(record.placed_at) < FOLLOW_FOR_MS && lookups++ < LIVE_LOOKUPS)),
  );
  return { calls, next_cursor: next };
}

/** Every matching call (up to 10,000), newest first, as CSV with formula cells escaped. */
export async function exportCallsCsv(filters: Omit<CallFilters, 'cursor'>, kv: KvStore = getKv()): Promise<string> {
  const { ids } = await matchingIds({ ...filters, cursor: undefined }, kv, 10_000);
  const rows: unknown[][] = [];
  for (let start = 0; start < ids.length; start += 50) {
    const records = await Promise.all(ids.slice(start, start + 50).map((id) => callRecord.get(kv, id)));
    for (const record of records) {
      if (!record) continue;
      const view = await viewOf(record, kv, false);
      rows.push([
        view.placed_at,
        CALL_STATUS_LABEL[view.status],
        view.outcome,
        view.agent_name,
        view.agent_id,
        view.from_number,
        view.provider,
        view.to_number,
        view.conversation_id,
        view.call_sid,
        view.failure_reason,
        view.placed_by,
        view.call_id,
      ]);
    }
  }
  return toCsv(
    ['placed_at', 'status', 'outcome', 'agent', 'agent_id', 'from_number', 'provider', 'to_number', 'conversation_id', 'call_sid', 'failure_reason', 'placed_by', 'call_id'],
    rows,
  );
}
