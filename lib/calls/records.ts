// Outbound call records: `elevenlabs_outbound_call:{call_id}`, one per call, written once. The call id
// sorts newest first, and the metadata carries what the recent-calls list filters on, so the list is
// one KV list over these keys (README, "KV keys": why no `elevenlabs_outbound_calls_list`).
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';
import { CALL_OUTCOMES } from './model';

const dynamicValue = z.union([z.string(), z.number(), z.boolean()]);

export const callRecordSchema = z.object({
  call_id: z.string(),
  placed_at: z.string(),
  placed_by: z.string(),
  /** What was asked, without secrets (the API key never appears here). */
  request: z.object({
    agent_id: z.string(),
    agent_name: z.string(),
    from_phone_number_id: z.string(),
    from_number: z.string(),
    provider: z.string(),
    to_number: z.string(),
    dynamic_variables: z.record(z.string(), dynamicValue),
    overrides: z.record(z.string(), z.string()),
    twilio: z.object({ record: z.boolean().optional(), ringing_timeout_secs: z.number().optional(), machine_detection: z.boolean().optional() }).nullable(),
  }),
  /** ElevenLabs' answer: the conversation, and Twilio's callSid or the trunk's sip_call_id. */
  upstream: z
    .object({
      conversation_id: z.string().nullable(),
      call_sid: z.string().nullable(),
      sip_call_id: z.string().nullable(),
      message: z.string().nullable(),
    })
    .nullable(),
  outcome: z.enum(CALL_OUTCOMES),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type CallRecord = z.infer<typeof callRecordSchema>;

export const callMetadataSchema = z.object({
  at: z.number(),
  agent_id: z.string(),
  from: z.string(),
  outcome: z.enum(CALL_OUTCOMES),
});
export type CallMetadata = z.infer<typeof callMetadataSchema>;

export const callRecord = kvRecord({
  prefix: 'elevenlabs_outbound_call:',
  schema: callRecordSchema,
  metadata: {
    schema: callMetadataSchema,
    of: (call) => ({ at: Date.parse(call.placed_at), agent_id: call.request.agent_id, from: call.request.from_phone_number_id, outcome: call.outcome }),
  },
});
