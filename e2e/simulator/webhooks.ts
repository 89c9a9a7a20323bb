// Signed post-call webhooks exactly as ElevenLabs sends them: `{type, event_timestamp, data}` with
// `ElevenLabs-Signature: t=<unix>,v0=<hex HMAC-SHA256 of "<t>.<raw body>">`.
import { createHmac } from 'node:crypto';
import { audioBytes } from './audio';
import { AGENT_TEMPLATES } from './scripts';
import { nowSecs, type CallFailureRates, type SimulatorState } from './state';
import type { Conversation } from './types';
import { conversationView } from './views';

export type WebhookType = 'post_call_transcription' | 'post_call_audio' | 'call_initiation_failure';

export type CallFailureReason = keyof CallFailureRates;
/** Why a placed call never connected, set by the call engine, for the call_initiation_failure it sends. */
export const failureReasons = new WeakMap<Conversation, CallFailureReason>();

const TWILIO_STATUS: Record<CallFailureReason, { status: string; sip: string }> = {
  busy: { status: 'busy', sip: '486' },
  'no-answer': { status: 'no-answer', sip: '480' },
  unknown: { status: 'failed', sip: '500' },
};

export interface WebhookEnvelope {
  type: WebhookType;
  event_timestamp: number;
  data: Record<string, unknown>;
}

export function signWebhook(body: string, secret: string, timestampSecs: number): string {
  const digest = createHmac('sha256', secret).update(`${timestampSecs}.${body}`).digest('hex');
  return `t=${timestampSecs},v0=${digest}`;
}

export interface Delivery {
  url: string;
  status: number | null;
  error?: string;
  type: WebhookType;
  bytes: number;
}

/** Never throws: a receiver that is down is logged, like ElevenLabs counting a failed delivery. */
export async function sendWebhook(url: string, secret: string, envelope: WebhookEnvelope): Promise<Delivery> {
  const body = JSON.stringify(envelope);
  const signature = signWebhook(body, secret, Math.floor(Date.now() / 1000));
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'ElevenLabs-Signature': signature },
      body,
    });
    await response.body?.cancel();
    return { url, status: response.status, type: envelope.type, bytes: body.length };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`[simulator] webhook ${envelope.type} to ${url} failed: ${message}`);
    return { url, status: null, error: message, type: envelope.type, bytes: body.length };
  }
}

/** The envelope ElevenLabs would send for this conversation now; `data` is the GET conversation body. */
export function webhookFor(state: SimulatorState, type: WebhookType, conversation: Conversation): WebhookEnvelope {
  const base = { type, event_timestamp: nowSecs(state) };
  if (type === 'post_call_transcription') return { ...base, data: conversationView(conversation) as unknown as Record<string, unknown> };
  if (type === 'post_call_audio') {
    const file = conversation.audioFile ?? AGENT_TEMPLATES[0]!.recording!.file;
    return { ...base, data: { agent_id: conversation.agent_id, conversation_id: conversation.conversation_id, full_audio: audioBytes(file).toString('base64') } };
  }
  const phone = (conversation.metadata.phone_call ?? {}) as Record<string, string>;
  const reason = failureReasons.get(conversation) ?? 'busy';
  const sip = (conversation.metadata.error as { code?: number; reason?: string } | null) ?? { code: 486, reason: 'INVITE failed: sip status: 486: Busy here (SIP 486)' };
  const twilio = TWILIO_STATUS[reason];
  const metadata =
    phone.type === 'sip_trunking'
      ? { type: 'sip', body: { from_number: phone.agent_number, to_number: phone.external_number, sip_status_code: sip.code, error_reason: sip.reason, call_sid: phone.call_sid, sip_status: reason === 'busy' ? 'Busy here' : reason === 'no-answer' ? 'Temporarily unavailable' : 'Server internal error', twirp_code: 'unavailable' } }
      : { type: 'twilio', body: { CallSid: phone.call_sid, CallStatus: twilio.status, To: phone.external_number, From: phone.agent_number, Direction: 'outbound-api', SipResponseCode: twilio.sip, Duration: '0', CallDuration: '0', AccountSid: 'AC_sim', ApiVersion: '2010-04-01', Timestamp: new Date().toUTCString(), CallbackSource: 'call-progress-events', SequenceNumber: '2' } };
  return { ...base, data: { agent_id: conversation.agent_id, conversation_id: conversation.conversation_id, failure_reason: reason, metadata } };
}

/** Sends and records the delivery, so tests can read /_sim/deliveries. */
export async function deliver(state: SimulatorState, url: string, envelope: WebhookEnvelope): Promise<Delivery> {
  const delivery = await sendWebhook(url, state.webhookSecret, envelope);
  state.deliveries.push(delivery);
  return delivery;
}
