// The call engine: the timers that take a placed call from in-progress to done (or failed, for a
// busy number) and a batch through its recipients, sending the webhooks ElevenLabs would send.
// Every timer is kept in state.timers so /_sim/reset and close() can stop them all.
import { createRandom } from './random';
import { AGENT_TEMPLATES, analysisFor } from './scripts';
import { toTurns } from './seed';
import { findAgent, findPhoneNumber, newId, nowSecs, persistSoon, type SimulatorState } from './state';
import type { Agent, BatchCall, BatchRecipient, Conversation } from './types';
import { deliver, webhookFor } from './webhooks';

export function later(state: SimulatorState, ms: number, work: () => void | Promise<void>) {
  const timer = setTimeout(() => {
    state.timers.delete(timer);
    // What a timer changes (a call ending, a batch moving on) is kept like what a request changes.
    void Promise.resolve(work()).finally(() => persistSoon(state));
  }, ms);
  // A pending call must not keep a test process alive; the server itself does that for the demo.
  timer.unref?.();
  state.timers.add(timer);
}

export function stopTimers(state: SimulatorState) {
  for (const timer of state.timers) clearTimeout(timer);
  state.timers.clear();
}

export function startConversation(
  state: SimulatorState,
  agent: Agent,
  phoneNumberId: string,
  agentNumber: string,
  provider: 'twilio' | 'sip_trunk',
  to: string,
  clientData: Record<string, unknown> | null,
  batch?: { batch_call_id: string; batch_call_recipient_id: string },
): Conversation {
  const start = nowSecs(state);
  const id = newId(state, 'conv');
  const conversation: Conversation = {
    agent_id: agent.agent_id,
    agent_name: agent.name,
    conversation_id: id,
    status: 'in-progress',
    user_id: null,
    transcript: [],
    metadata: {
      start_time_unix_secs: start,
      accepted_time_unix_secs: start,
      call_duration_secs: 0,
      cost: 0,
      termination_reason: '',
      feedback: { overall_score: null, likes: 0, dislikes: 0 },
      authorization_method: 'authorization_header',
      phone_call:
        provider === 'twilio'
          ? { type: 'twilio', direction: 'outbound', phone_number_id: phoneNumberId, agent_number: agentNumber, external_number: to, stream_sid: `MZ${id.slice(5, 37)}`, call_sid: '' }
          : { type: 'sip_trunking', direction: 'outbound', phone_number_id: phoneNumberId, agent_number: agentNumber, external_number: to, call_sid: '' },
      batch_call: batch ?? null,
      error: null,
      main_language: 'en',
      text_only: false,
    },
    analysis: null,
    conversation_initiation_client_data: { conversation_config_override: {}, custom_llm_extra_body: {}, dynamic_variables: (clientData?.dynamic_variables as Record<string, unknown>) ?? {} },
    has_audio: false,
    has_user_audio: false,
    has_response_audio: false,
    has_auxiliary_audio: false,
    audioFile: null,
  };
  state.data.conversations.unshift(conversation);
  agent.last_call_time_unix_secs = start;
  return conversation;
}

/** Numbers ending in 0000 are busy: the call fails to connect and a call_initiation_failure is sent. */
export function scheduleCallEnd(state: SimulatorState, conversation: Conversation, to: string, onEnd?: (ok: boolean) => void) {
  later(state, state.callDurationMs, async () => {
    const busy = to.endsWith('0000');
    if (busy) {
      conversation.status = 'failed';
      conversation.metadata.error = { code: 486, reason: 'INVITE failed: sip status: 486: Busy here (SIP 486)' };
      conversation.metadata.termination_reason = 'Call failed to connect';
    } else {
      finishConversation(conversation);
    }
    onEnd?.(!busy);
    if (!state.webhookUrl) return;
    if (busy) {
      await deliver(state, state.webhookUrl, webhookFor(state, 'call_initiation_failure', conversation));
    } else {
      await deliver(state, state.webhookUrl, webhookFor(state, 'post_call_transcription', conversation));
      await deliver(state, state.webhookUrl, webhookFor(state, 'post_call_audio', conversation));
    }
  });
}

/**
 * The seed's in-progress calls end on their own, as real ones do (they stayed "In progress"
 * forever): each at its start plus state.seededCallSecs, with the webhooks a finished call sends.
 */
export function scheduleSeededCallEnds(state: SimulatorState): void {
  for (const conversation of state.data.conversations) {
    if (conversation.status !== 'in-progress') continue;
    const endsInMs = Math.max(0, (conversation.metadata.start_time_unix_secs + state.seededCallSecs) * 1000 - state.now());
    later(state, endsInMs, async () => {
      if (conversation.status !== 'in-progress') return;
      finishConversation(conversation);
      if (!state.webhookUrl) return;
      await deliver(state, state.webhookUrl, webhookFor(state, 'post_call_transcription', conversation));
      await deliver(state, state.webhookUrl, webhookFor(state, 'post_call_audio', conversation));
    });
  }
}

function finishConversation(conversation: Conversation) {
  const own = AGENT_TEMPLATES.find((t) => t.name === conversation.agent_name) ?? AGENT_TEMPLATES[1]!;
  // An agent without a recording of its own plays another agent's call: the analysis must be that
  // call's too, or the title would describe a dialogue nobody hears.
  const template = own.recording ? own : AGENT_TEMPLATES[0]!;
  const recording = template.recording!;
  conversation.status = 'done';
  conversation.transcript = toTurns(recording.lines, createRandom(conversation.metadata.start_time_unix_secs), 0);
  conversation.metadata.call_duration_secs = recording.durationSecs;
  conversation.metadata.cost = recording.durationSecs * 10;
  conversation.metadata.termination_reason = 'Client disconnected: 1000';
  conversation.analysis = analysisFor(template, recording);
  conversation.has_audio = conversation.has_user_audio = conversation.has_response_audio = true;
  conversation.audioFile = recording.file;
}

export function setRecipient(state: SimulatorState, batch: BatchCall, recipient: BatchRecipient, status: string) {
  recipient.status = status;
  recipient.updated_at_unix = nowSecs(state);
  batch.last_updated_at_unix = recipient.updated_at_unix;
  batch.total_calls_finished = batch.recipients.filter((r) => ['completed', 'failed', 'cancelled', 'voicemail'].includes(r.status)).length;
  batch.total_calls_dispatched = batch.recipients.filter((r) => r.status !== 'pending').length;
}

/** Recipients are called one after another, a step apart; the batch completes when all have ended. */
export function scheduleBatch(state: SimulatorState, batch: BatchCall) {
  const startIn = Math.max(0, batch.scheduled_time_unix * 1000 - state.now());
  const step = Math.max(50, Math.round(state.callDurationMs / 2));
  const pending = batch.recipients.filter((r) => r.status === 'pending');
  later(state, startIn, () => {
    if (batch.status === 'cancelled') return;
    batch.status = 'in_progress';
    pending.forEach((recipient, index) => {
      later(state, step * index, () => {
        if (batch.status === 'cancelled' || recipient.status !== 'pending') return;
        const agent = findAgent(state, batch.agent_id);
        const phone = findPhoneNumber(state, batch.phone_number_id);
        if (!agent || !phone) return setRecipient(state, batch, recipient, 'failed');
        setRecipient(state, batch, recipient, 'in_progress');
        const conversation = startConversation(state, agent, phone.phone_number_id, phone.phone_number, phone.provider, recipient.phone_number, recipient.conversation_initiation_client_data, {
          batch_call_id: batch.id,
          batch_call_recipient_id: recipient.id,
        });
        recipient.conversation_id = conversation.conversation_id;
        scheduleCallEnd(state, conversation, recipient.phone_number, (ok) => {
          setRecipient(state, batch, recipient, ok ? 'completed' : 'failed');
          if (batch.recipients.every((r) => r.status !== 'pending' && r.status !== 'in_progress' && r.status !== 'initiated')) {
            batch.status = batch.recipients.some((r) => r.status === 'completed') ? 'completed' : 'failed';
          }
        });
      });
    });
  });
}
