// Batch calls over time, as ElevenLabs runs them: a batch waits for its scheduled time, then calls its
// recipients a limited number at a time (70% of the plan's concurrency unless the batch sets
// `target_concurrency_limit`, https://elevenlabs.io/docs/agents-platform/phone-numbers/batch-calls);
// each recipient goes pending -> dispatched -> initiated -> in_progress -> completed, or ends failed
// (no answer, busy) or in voicemail. A placed call is a conversation like any other, finished with
// the agent's analysis and collected data, and sends the post-call webhooks.
//
// The timeline of every recipient is planned when its batch starts (or is retried), from the clock
// (`state.now`), and applied whenever a batch is read, so a test with its own clock sees exactly the
// state that clock implies; a ticker applies it meanwhile, so conversations and webhooks appear on time
// when nobody is reading. Plans live beside the wire objects (WeakMaps), never in them, and a reset
// (new `state.data`) starts from fresh timings.
import { finishConversation, later, startConversation } from './engine';
import { nowSecs, findAgent, findPhoneNumber, type SimulatorState } from './state';
import type { Agent, BatchCall, BatchRecipient, Conversation, SimulatorData } from './types';
import { deliver, webhookFor } from './webhooks';

export interface BatchTiming {
  /** pending -> dispatched -> initiated: the time to dial. */
  dispatchMs: number;
  /** initiated -> in_progress (answered) or failed (no answer, busy). */
  ringMs: number;
  /** in_progress -> completed; voicemail takes half. */
  callMs: number;
  /** How often a running batch is moved along when nobody reads it. */
  tickMs: number;
  /** The plan's concurrent calls (Pro: 20); a batch gets 70% of it unless it sets its own limit. */
  planConcurrency: number;
}

const timings = new WeakMap<SimulatorData, Partial<BatchTiming>>();

export function batchTiming(state: SimulatorState): BatchTiming {
  const call = state.callDurationMs;
  const base: BatchTiming = { dispatchMs: Math.max(10, call / 4), ringMs: Math.max(10, call / 4), callMs: call, tickMs: Math.max(20, Math.min(500, call / 4)), planConcurrency: 20 };
  return { ...base, ...timings.get(state.data) };
}

export function setBatchTiming(state: SimulatorState, changes: Partial<Record<keyof BatchTiming, unknown>>): BatchTiming {
  const current = { ...timings.get(state.data) };
  for (const [name, value] of Object.entries(changes)) {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) (current as Record<string, number>)[name] = value;
  }
  timings.set(state.data, current);
  return batchTiming(state);
}

export const FINAL_RECIPIENT = new Set(['completed', 'failed', 'voicemail', 'cancelled']);
const ACTIVE_RECIPIENT = new Set(['dispatched', 'initiated', 'in_progress']);

type Outcome = 'completed' | 'failed' | 'voicemail';

interface Plan {
  dispatchAt: number;
  initiateAt: number;
  answerAt: number;
  endAt: number;
  outcome: Outcome;
}

const plans = new WeakMap<BatchRecipient, Plan>();
const ticking = new WeakSet<BatchCall>();

/** How a call to this number goes on this attempt: busy numbers (…0000) always fail, …9999 reach voicemail, the rest mostly answer. */
export function outcomeOf(phoneNumber: string, attempt: number): Outcome {
  if (phoneNumber.endsWith('0000')) return 'failed';
  if (phoneNumber.endsWith('9999')) return 'voicemail';
  let hash = 2166136261;
  for (const char of `${phoneNumber}:${attempt}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  const roll = hash % 100;
  return roll < 8 ? 'failed' : roll < 14 ? 'voicemail' : 'completed';
}

export function concurrencyOf(state: SimulatorState, batch: BatchCall): number {
  const own = (batch as BatchCall & { target_concurrency_limit?: number | null }).target_concurrency_limit;
  if (typeof own === 'number' && own > 0) return own;
  return Math.max(1, Math.floor(batchTiming(state).planConcurrency * 0.7));
}

/** Lays the recipients out on `concurrency` lines from `startMs`, in order, each line one call at a time. */
function planRecipients(state: SimulatorState, batch: BatchCall, recipients: BatchRecipient[], startMs: number) {
  const timing = batchTiming(state);
  const lines: number[] = Array.from({ length: Math.min(concurrencyOf(state, batch), Math.max(1, recipients.length)) }, () => startMs);
  for (const recipient of recipients) {
    let line = 0;
    for (let i = 1; i < lines.length; i++) if (lines[i]! < lines[line]!) line = i;
    const dispatchAt = lines[line]!;
    const outcome = outcomeOf(recipient.phone_number, batch.retry_count);
    const initiateAt = dispatchAt + timing.dispatchMs;
    const answerAt = initiateAt + timing.ringMs;
    const endAt = outcome === 'failed' ? answerAt : answerAt + (outcome === 'voicemail' ? timing.callMs / 2 : timing.callMs);
    plans.set(recipient, { dispatchAt, initiateAt, answerAt, endAt, outcome });
    lines[line] = endAt;
  }
}

function statusAt(plan: Plan, now: number): string {
  if (now < plan.dispatchAt) return 'pending';
  if (now < plan.initiateAt) return 'dispatched';
  if (now < plan.answerAt) return 'initiated';
  if (now < plan.endAt) return 'in_progress';
  return plan.outcome;
}

/** A submitted (or retried) batch: planned when its time comes, moved along by a ticker meanwhile. */
export function startBatch(state: SimulatorState, batch: BatchCall) {
  advanceBatch(state, batch);
  keepTicking(state, batch);
}

function keepTicking(state: SimulatorState, batch: BatchCall) {
  if (ticking.has(batch)) return;
  ticking.add(batch);
  const data = state.data;
  const tick = () => {
    // A reset replaced the world: this batch is gone with it.
    if (state.data !== data || !data.batchCalls.includes(batch)) {
      ticking.delete(batch);
      return;
    }
    advanceBatch(state, batch);
    if (isSettled(batch)) {
      ticking.delete(batch);
      return;
    }
    const untilStart = batch.status === 'pending' ? batch.scheduled_time_unix * 1000 - state.now() : 0;
    later(state, Math.max(batchTiming(state).tickMs, Math.min(untilStart, 60_000)), tick);
  };
  later(state, batchTiming(state).tickMs, tick);
}

function isSettled(batch: BatchCall): boolean {
  return ['completed', 'failed', 'cancelled'].includes(batch.status) && batch.recipients.every((r) => FINAL_RECIPIENT.has(r.status));
}

/** Applies the clock to every batch (the list reads them all). */
export function advanceBatches(state: SimulatorState) {
  for (const batch of state.data.batchCalls) advanceBatch(state, batch);
}

/** Applies the clock to one batch: starts it when due, moves each recipient to where its plan says. */
export function advanceBatch(state: SimulatorState, batch: BatchCall) {
  if (isSettled(batch)) return;
  const now = state.now();
  if (batch.status === 'pending') {
    if (now < batch.scheduled_time_unix * 1000) return;
    batch.status = 'in_progress';
  }
  // Recipients not planned yet: a batch just started, or one from the seed (or from before a reset),
  // whose calls under way carry on from the stage they are at.
  const unplanned = batch.recipients.filter((r) => !FINAL_RECIPIENT.has(r.status) && !plans.has(r));
  if (unplanned.length) {
    const timing = batchTiming(state);
    for (const recipient of unplanned) {
      if (!ACTIVE_RECIPIENT.has(recipient.status)) continue;
      const answerAt = recipient.status === 'in_progress' ? now : now + (recipient.status === 'dispatched' ? timing.dispatchMs : 0) + timing.ringMs;
      plans.set(recipient, { dispatchAt: Math.min(now, answerAt), initiateAt: recipient.status === 'dispatched' ? now + timing.dispatchMs : Math.min(now, answerAt), answerAt, endAt: answerAt + timing.callMs, outcome: 'completed' });
    }
    const waiting = unplanned.filter((r) => r.status === 'pending');
    if (waiting.length) planRecipients(state, batch, waiting, now);
    keepTicking(state, batch);
  }
  let changed = false;
  for (const recipient of batch.recipients) {
    const plan = plans.get(recipient);
    if (!plan || FINAL_RECIPIENT.has(recipient.status)) continue;
    const next = statusAt(plan, now);
    if (next === recipient.status) continue;
    moveRecipient(state, batch, recipient, plan, next);
    changed = true;
  }
  if (changed) recount(state, batch);
  if (batch.status === 'in_progress' && batch.recipients.every((r) => FINAL_RECIPIENT.has(r.status))) {
    batch.status = batch.recipients.some((r) => r.status === 'completed') ? 'completed' : 'failed';
    batch.last_updated_at_unix = nowSecs(state);
  }
}

function moveRecipient(state: SimulatorState, batch: BatchCall, recipient: BatchRecipient, plan: Plan, next: string) {
  // The call is placed when the recipient is initiated: that is when it gets its conversation. With
  // its agent or number gone since the submit, it cannot be placed and fails.
  if (next !== 'dispatched' && !recipient.conversation_id) {
    const agent = findAgent(state, batch.agent_id);
    const conversation = agent ? placeCall(state, batch, recipient, agent, plan) : null;
    if (!conversation) {
      plans.delete(recipient);
      recipient.status = 'failed';
      recipient.updated_at_unix = nowSecs(state);
      return;
    }
    recipient.conversation_id = conversation.conversation_id;
  }
  recipient.status = next;
  const stageAt = { dispatched: plan.dispatchAt, initiated: plan.initiateAt, in_progress: plan.answerAt }[next] ?? plan.endAt;
  recipient.updated_at_unix = Math.floor(Math.min(stageAt, state.now()) / 1000);
  if (!FINAL_RECIPIENT.has(next)) return;
  plans.delete(recipient);
  const conversation = state.data.conversations.find((c) => c.conversation_id === recipient.conversation_id);
  if (conversation?.status === 'in-progress') endCall(state, conversation, next as Outcome);
}

function placeCall(state: SimulatorState, batch: BatchCall, recipient: BatchRecipient, agent: Agent, plan: Plan): Conversation | null {
  const phone = findPhoneNumber(state, batch.phone_number_id);
  if (!phone) return null;
  const conversation = startConversation(state, agent, phone.phone_number_id, phone.phone_number, phone.provider, recipient.phone_number, recipient.conversation_initiation_client_data, {
    batch_call_id: batch.id,
    batch_call_recipient_id: recipient.id,
  });
  const started = Math.floor(plan.initiateAt / 1000);
  conversation.metadata.start_time_unix_secs = started;
  conversation.metadata.accepted_time_unix_secs = Math.floor(plan.answerAt / 1000);
  return conversation;
}

function endCall(state: SimulatorState, conversation: Conversation, outcome: Outcome) {
  if (outcome === 'failed') {
    conversation.status = 'failed';
    conversation.metadata.error = { code: 486, reason: 'INVITE failed: sip status: 486: Busy here (SIP 486)' };
    conversation.metadata.termination_reason = 'Call failed to connect';
  } else {
    finishConversation(conversation);
    if (outcome === 'voicemail') {
      conversation.metadata.termination_reason = 'Voicemail detected';
      conversation.transcript = conversation.transcript.slice(0, 1);
      if (conversation.analysis) conversation.analysis = { ...conversation.analysis, call_successful: 'unknown', call_summary_title: 'Reached voicemail', transcript_summary: 'The call reached voicemail; the agent left no message.' };
    }
  }
  const url = state.webhookUrl;
  if (!url) return;
  void (async () => {
    if (outcome === 'failed') return void (await deliver(state, url, webhookFor(state, 'call_initiation_failure', conversation)));
    await deliver(state, url, webhookFor(state, 'post_call_transcription', conversation));
    await deliver(state, url, webhookFor(state, 'post_call_audio', conversation));
  })();
}

function recount(state: SimulatorState, batch: BatchCall) {
  let dispatched = 0;
  let finished = 0;
  for (const r of batch.recipients) {
    if (r.status !== 'pending') dispatched += 1;
    if (FINAL_RECIPIENT.has(r.status)) finished += 1;
  }
  batch.total_calls_dispatched = dispatched;
  batch.total_calls_finished = finished;
  batch.last_updated_at_unix = nowSecs(state);
}

/** "Cancel a running batch call": recipients not yet dialled are cancelled; calls under way end normally. */
export function cancelBatch(state: SimulatorState, batch: BatchCall) {
  advanceBatch(state, batch);
  const at = nowSecs(state);
  for (const recipient of batch.recipients) {
    if (recipient.status !== 'pending' && recipient.status !== 'dispatched') continue;
    plans.delete(recipient);
    recipient.status = 'cancelled';
    recipient.updated_at_unix = at;
  }
  batch.status = 'cancelled';
  recount(state, batch);
}

export const RETRYABLE = new Set(['failed', 'voicemail']);

/** "Retry a batch call, calling failed and no-response recipients again": new calls, new conversations. */
export function retryBatch(state: SimulatorState, batch: BatchCall): number {
  advanceBatch(state, batch);
  const again = batch.recipients.filter((r) => RETRYABLE.has(r.status));
  if (again.length === 0) return 0;
  const at = nowSecs(state);
  batch.retry_count += 1;
  for (const recipient of again) {
    recipient.status = 'pending';
    recipient.conversation_id = null;
    recipient.updated_at_unix = at;
  }
  batch.status = 'in_progress';
  planRecipients(state, batch, again, state.now());
  recount(state, batch);
  startBatch(state, batch);
  return again.length;
}

/**
 * The override columns a recipient asks for that the agent does not allow (its
 * `platform_settings.overrides.conversation_config_override`), as ElevenLabs names them.
 */
export function refusedOverride(agent: Agent, recipients: unknown[]): string | null {
  const allow = (agent.platform_settings.overrides as { conversation_config_override?: Record<string, any> } | undefined)?.conversation_config_override;
  const checks: [string, (o: Record<string, any>) => unknown, boolean][] = [
    ['language', (o) => o.agent?.language, allow?.agent?.language === true],
    ['first_message', (o) => o.agent?.first_message, allow?.agent?.first_message === true],
    ['prompt', (o) => o.agent?.prompt?.prompt, allow?.agent?.prompt?.prompt === true],
    ['voice_id', (o) => o.tts?.voice_id, allow?.tts?.voice_id === true],
  ];
  for (const recipient of recipients) {
    const override = (recipient as { conversation_initiation_client_data?: { conversation_config_override?: Record<string, any> } | null })?.conversation_initiation_client_data?.conversation_config_override;
    if (!override) continue;
    for (const [field, read, allowed] of checks) {
      const value = read(override);
      if (value !== undefined && value !== null && !allowed) return field;
    }
  }
  return null;
}

const VARIABLE_NAMES = ['Angelo', 'Maria', 'Sam', 'Priya', 'Jonas', 'Lena', 'Kofi', 'Mei'];

/**
 * A large batch for the benchmarks (10,000 recipients by default): finished at once with a realistic
 * mix of outcomes, its answered calls pointing at finished conversations of its agent, so an export
 * has content, without placing (and webhooking) thousands of calls.
 */
export function makeLargeBatch(state: SimulatorState, count: number, name: string): BatchCall {
  const agent = state.data.agents.find((a) => state.data.conversations.some((c) => c.agent_id === a.agent_id && c.status === 'done')) ?? state.data.agents[0]!;
  const phone = state.data.phoneNumbers.find((p) => p.assigned_agent?.agent_id === agent.agent_id) ?? state.data.phoneNumbers[0]!;
  const done = state.data.conversations.filter((c) => c.agent_id === agent.agent_id && c.status === 'done');
  const now = nowSecs(state);
  const id = `btcal_bench${String(state.data.batchCalls.length).padStart(4, '0')}${Math.random().toString(36).slice(2, 14)}`;
  const recipients: BatchRecipient[] = Array.from({ length: count }, (_, i) => {
    const phoneNumber = `+1415${String(2_000_000 + i).padStart(7, '0')}`;
    const outcome = i % 50 === 7 ? 'cancelled' : outcomeOf(phoneNumber, 0);
    return {
      id: `rcp_bench_${i}`,
      phone_number: phoneNumber,
      status: outcome,
      created_at_unix: now - 3600,
      updated_at_unix: now - 3600 + Math.floor(i / 10),
      conversation_id: outcome === 'completed' && done.length ? done[i % done.length]!.conversation_id : null,
      conversation_initiation_client_data: { dynamic_variables: { customer_name: VARIABLE_NAMES[i % VARIABLE_NAMES.length]!, order_id: 100_000 + i, vip: i % 9 === 0 } },
    };
  });
  const batch: BatchCall = {
    id,
    phone_number_id: phone.phone_number_id,
    phone_provider: phone.provider,
    name,
    agent_id: agent.agent_id,
    agent_name: agent.name,
    created_at_unix: now - 3700,
    scheduled_time_unix: now - 3600,
    total_calls_dispatched: count,
    total_calls_scheduled: count,
    total_calls_finished: count,
    last_updated_at_unix: now - 60,
    status: 'completed',
    retry_count: 0,
    telephony_call_config: {},
    recipients,
  };
  state.data.batchCalls.unshift(batch);
  return batch;
}
