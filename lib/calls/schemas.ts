// Outbound calls: our strict input (POST /api/calls, the list's filters) and ElevenLabs' answers (tolerant).
import { z } from 'zod';
import { OVERRIDE_FIELDS } from '@/lib/agents/call-rules';
import { CALL_OUTCOMES, MAX_DYNAMIC_VARIABLES, MAX_RINGING_TIMEOUT_SECS } from './model';

const ID = /^[\w-]{1,128}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const overridesShape = Object.fromEntries(OVERRIDE_FIELDS.map((field) => [field, z.string().trim().min(1, 'must not be empty').max(20_000).optional()])) as Record<
  (typeof OVERRIDE_FIELDS)[number],
  z.ZodOptional<z.ZodString>
>;

export const placeCallSchema = z.strictObject({
  idempotency_key: z.string().min(8, 'must be at least 8 characters').max(128).regex(/^[\w-]+$/, 'may hold letters, digits, - and _ only'),
  agent_id: z.string().regex(ID, 'must be an agent id such as agent_…'),
  from_phone_number_id: z.string().regex(ID, 'must be a phone number id'),
  to_number: z.string().trim().min(1, 'is required').max(32),
  dynamic_variables: z
    .record(z.string().regex(/^[A-Za-z_][\w.-]{0,63}$/, 'must be a variable name such as customer_name'), z.union([z.string().max(2000), z.number().finite(), z.boolean()]))
    .refine((value) => Object.keys(value).length <= MAX_DYNAMIC_VARIABLES, `at most ${MAX_DYNAMIC_VARIABLES} variables`)
    .optional(),
  overrides: z.strictObject(overridesShape).optional(),
  twilio: z
    .strictObject({
      record: z.boolean().optional(),
      ringing_timeout_secs: z.number().int().min(1).max(MAX_RINGING_TIMEOUT_SECS).optional(),
      machine_detection: z.boolean().optional(),
    })
    .optional(),
});

export const callParamsSchema = z.strictObject({
  id: z.string().regex(/^\d{13}-[0-9a-f]{8}$/, 'must be a call id'),
});

export const callFiltersSchema = z.strictObject({
  agent_id: z.string().regex(ID).optional(),
  from_phone_number_id: z.string().regex(ID).optional(),
  outcome: z.enum(CALL_OUTCOMES).optional(),
  date_from: z.string().regex(DATE, 'must be a date (YYYY-MM-DD)').optional(),
  date_to: z.string().regex(DATE, 'must be a date (YYYY-MM-DD)').optional(),
  cursor: z.string().max(2000).optional(),
});

/** Twilio's answer: `callSid` in camelCase; conversation_id and callSid may be null. */
export const twilioCallAnswerSchema = z.looseObject({
  success: z.boolean(),
  message: z.string().nullish(),
  conversation_id: z.string().nullish(),
  callSid: z.string().nullish(),
});

export const sipCallAnswerSchema = z.looseObject({
  success: z.boolean(),
  message: z.string().nullish(),
  conversation_id: z.string().nullish(),
  sip_call_id: z.string().nullish(),
});
