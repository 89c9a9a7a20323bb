// The call engine: the timers that take a placed call from in-progress to done (or failed, for a
// busy number), sending the webhooks ElevenLabs would send (batches: batch-engine.ts).
// Every timer is kept in state.timers so /_sim/reset and close() can stop them all.
import { createRandom } from './random';
import { AGENT_TEMPLATES, analysisFor } from './scripts';
import { toTurns } from './seed';
import { findAgent, findPhoneNumber, newId, nowSecs, persistSoon, type SimulatorState } from './state';
import type { Agent, BatchCall, BatchRecipient, Conversation } from './types';
import { deliver, failureReasons, webhookFor, type CallFailureReason } from './webhooks';

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

const SIP_FAILURE: Record<CallFailureReason, { code: number; reason: string }> = {
  busy: { code: 486, reason: 'INVITE failed: sip status: 486: Busy here (SIP 486)' },
  'no-answer': { code: 480, reason: 'INVITE failed: sip status: 480: Temporarily unavailable, no answer (SIP 480)' },
  unknown: { code: 500, reason: 'INVITE failed: sip status: 500: Server internal error (SIP 500)' },
};

/**
 * Whether a call to this number connects: numbers ending in 0000 are busy, 0001 do not answer and 0002
 * fail; any other fails at the configured rates (/_sim/config `callFailureRates`).
 */
function failureFor(state: SimulatorState, to: string): CallFailureReason | null {
  if (to.endsWith('0000')) return 'busy';
  if (to.endsWith('0001')) return 'no-answer';
  if (to.endsWith('0002')) return 'unknown';
  let roll = Math.random();
  for (const reason of Object.keys(state.callFailureRates) as CallFailureReason[]) {
    roll -= state.callFailureRates[reason];
    if (roll < 0) return reason;
  }
  return null;
}

/**
 * A placed call rings (status `initiated`) for the first third of state.callDurationMs; then it either
 * fails to connect (busy, no answer, failed: a call_initiation_failure is sent) or is answered
 * (`in-progress`) and ends `done` at callDurationMs with the transcription and audio webhooks.
 */
export function scheduleCallEnd(state: SimulatorState, conversation: Conversation, to: string, onEnd?: (ok: boolean) => void) {
  conversation.status = 'initiated';
  const ringMs = Math.round(state.callDurationMs / 3);
  later(state, ringMs, async () => {
    const failure = failureFor(state, to);
    if (!failure) {
      conversation.status = 'in-progress';
      later(state, state.callDurationMs - ringMs, async () => {
        finishConversation(conversation);
        onEnd?.(true);
        if (!state.webhookUrl) return;
        await deliver(state, state.webhookUrl, webhookFor(state, 'post_call_transcription', conversation));
        await deliver(state, state.webhookUrl, webhookFor(state, 'post_call_audio', conversation));
      });
      return;
    }
    failureReasons.set(conversation, failure);
    conversation.status = 'failed';
    conversation.metadata.error = SIP_FAILURE[failure];
    conversation.metadata.termination_reason = 'Call failed to connect';
    onEnd?.(false);
    if (state.webhookUrl) await deliver(state, state.webhookUrl, webhookFor(state, 'call_initiation_failure', conversation));
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

export function finishConversation(conversation: Conversation) {
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
