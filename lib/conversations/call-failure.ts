// A call that never connected (`call_initiation_failure`), as people read it: the conversation detail and
// the webhook delivery viewer. Apart from model.ts, which the conversations list loads first, because only
// those two pages describe failures. https://elevenlabs.io/docs/agents-platform/workflows/post-call-webhooks
import { isRecord, type CallFailure } from './model';

const FAILURE_REASON_LABEL: Record<string, string> = {
  busy: 'The line was busy',
  'no-answer': 'Nobody answered',
  unknown: 'The call did not connect (reason unknown)',
};

/** What a person needs from a failure: why, which number, from which line, and the provider's words. */
export function describeCallFailure(failure: Pick<CallFailure, 'reason' | 'provider' | 'details'>): {
  reason: string;
  to: string | null;
  from: string | null;
  providerDetail: string | null;
} {
  const details = failure.details ?? {};
  const field = (...names: string[]) => {
    for (const name of names) {
      const value = details[name];
      if (typeof value === 'string' && value.trim()) return value.trim();
      if (typeof value === 'number') return String(value);
    }
    return null;
  };
  const sipCode = field('sip_status_code', 'SipResponseCode');
  const said = field('error_reason', 'sip_status', 'CallStatus');
  const providerDetail = [failure.provider === 'sip' ? 'SIP' : failure.provider === 'twilio' ? 'Twilio' : failure.provider, sipCode ? `status ${sipCode}` : null, said]
    .filter(Boolean)
    .join(' · ');
  return {
    reason: FAILURE_REASON_LABEL[failure.reason] ?? `The call did not connect (${failure.reason})`,
    to: field('to_number', 'To', 'Called'),
    from: field('from_number', 'From', 'Caller'),
    providerDetail: providerDetail || null,
  };
}

/** A `call_initiation_failure` payload's data as a CallFailure, read tolerantly (the delivery viewer). */
export function callFailureFromPayload(payload: unknown, at: string): CallFailure | null {
  const data = isRecord(payload) && isRecord(payload.data) ? payload.data : null;
  if (!data || typeof data.conversation_id !== 'string' || typeof data.failure_reason !== 'string') return null;
  const metadata = isRecord(data.metadata) ? data.metadata : null;
  return {
    conversationId: data.conversation_id,
    agentId: typeof data.agent_id === 'string' ? data.agent_id : '',
    reason: data.failure_reason,
    provider: typeof metadata?.type === 'string' ? metadata.type : null,
    details: isRecord(metadata?.body) ? metadata.body : null,
    at,
  };
}
