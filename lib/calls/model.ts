// Outbound calls: statuses, the record's view, filters and the input of the call form (no zod,
// browser-safe). Placing a call: https://elevenlabs.io/docs/api-reference/twilio/outbound-call and
// https://elevenlabs.io/docs/api-reference/sip-trunk/outbound-call
import type { OverrideField } from '@/lib/agents/call-rules';

/** Where a call stands, as the recent-calls list shows it. */
export const CALL_STATUSES = ['initiated', 'in_progress', 'done', 'failed', 'unknown'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const CALL_STATUS_LABEL: Record<CallStatus, string> = {
  initiated: 'Initiated',
  in_progress: 'In progress',
  done: 'Done',
  failed: 'Failed',
  unknown: 'Unknown — check before retrying',
};

/** Statuses that no longer change: the list stops refreshing once every row has one. */
export const FINAL_CALL_STATUSES: ReadonlySet<CallStatus> = new Set(['done', 'failed', 'unknown']);

/**
 * How placing the call ended, as recorded once: ElevenLabs answered with a conversation (`placed`),
 * refused it (`refused`, nothing was dialled), or never answered (`unknown`: it may have been placed).
 */
export const CALL_OUTCOMES = ['placed', 'refused', 'unknown'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const CALL_OUTCOME_LABEL: Record<CallOutcome, string> = {
  placed: 'Placed',
  refused: 'Refused',
  unknown: 'Unknown',
};

export type DynamicValue = string | number | boolean;
export type CallOverrides = Partial<Record<OverrideField, string>>;

export interface TwilioOptions {
  record?: boolean;
  ringing_timeout_secs?: number;
  machine_detection?: boolean;
}

/** POST /api/calls. */
export interface PlaceCallInput {
  idempotency_key: string;
  agent_id: string;
  from_phone_number_id: string;
  /** E.164. */
  to_number: string;
  dynamic_variables?: Record<string, DynamicValue>;
  overrides?: CallOverrides;
  twilio?: TwilioOptions;
}

export interface CallView {
  call_id: string;
  placed_at: string;
  placed_by: string;
  agent_id: string;
  agent_name: string;
  from_phone_number_id: string;
  from_number: string;
  provider: string;
  to_number: string;
  dynamic_variables: Record<string, DynamicValue>;
  overrides: CallOverrides;
  twilio: TwilioOptions | null;
  outcome: CallOutcome;
  conversation_id: string | null;
  /** Twilio's `callSid` or the SIP trunk's `sip_call_id`. */
  call_sid: string | null;
  error: { code: string; message: string } | null;
  status: CallStatus;
  /** Why it failed: ElevenLabs' refusal, or the call_initiation_failure reason (busy, no-answer, …). */
  failure_reason: string | null;
  has_audio: boolean;
}

export interface CallPage {
  calls: CallView[];
  next_cursor: string | null;
}

export interface CallFilters {
  agent_id?: string;
  from_phone_number_id?: string;
  outcome?: CallOutcome;
  /** YYYY-MM-DD, UTC, inclusive. */
  date_from?: string;
  date_to?: string;
  cursor?: string;
}

export const CALL_FILTER_KEYS = ['agent_id', 'from_phone_number_id', 'outcome', 'date_from', 'date_to'] as const;

export const MAX_RINGING_TIMEOUT_SECS = 300;
export const MAX_DYNAMIC_VARIABLES = 50;

/** The failure reasons ElevenLabs names in call_initiation_failure, in words. */
export function failureReasonLabel(reason: string): string {
  const words: Record<string, string> = { busy: 'Busy', 'no-answer': 'No answer', no_answer: 'No answer', failed: 'Failed to connect', unknown: 'Unknown failure' };
  return words[reason] ?? reason;
}

/** The call's status from its conversation's status upstream (initiated, in-progress, processing, done, failed). */
export function statusFromConversation(status: string): CallStatus {
  if (status === 'done') return 'done';
  if (status === 'failed') return 'failed';
  if (status === 'in-progress' || status === 'processing') return 'in_progress';
  return 'initiated';
}

/** A fresh key for one submission of the call form: kept across retries, renewed after a call or a change. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** The list's filters from the page's URL, checked without a schema library (the route re-checks them). */
export function callFiltersFromSearchParams(params: Record<string, string | string[] | undefined>): CallFilters {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === 'string' && value ? value : undefined;
  };
  const id = (value: string | undefined) => (value && /^[\w-]{1,128}$/.test(value) ? value : undefined);
  const date = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
  const outcome = one('outcome');
  return {
    agent_id: id(one('agent_id')),
    from_phone_number_id: id(one('from_phone_number_id')),
    outcome: (CALL_OUTCOMES as readonly string[]).includes(outcome ?? '') ? (outcome as CallOutcome) : undefined,
    date_from: date(one('date_from')),
    date_to: date(one('date_to')),
  };
}

export function callFiltersToSearchParams(filters: CallFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of [...CALL_FILTER_KEYS, 'cursor'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}
