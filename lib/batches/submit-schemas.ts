// The submit route's input (strict: an unknown field is refused and named) and ElevenLabs' answer
// to POST /v1/convai/batch-calling/submit (tolerant). Limits and messages come from form-rules.ts.
import { z } from 'zod';
import { OVERRIDE_FIELDS } from '@/lib/agents/call-rules';
import { batchMessages, CALL_NAME_MAX, CONCURRENCY_LIMIT, IDEMPOTENCY_KEY_PATTERN, MAX_RECIPIENTS } from './form-rules';

const scalar = z.union([z.string().max(10_000), z.number(), z.boolean()]);

const overrideSchema = z.strictObject({
  agent: z
    .strictObject({
      language: z.string().min(1).max(20).optional(),
      first_message: z.string().min(1).max(10_000).optional(),
      prompt: z.strictObject({ prompt: z.string().min(1).max(100_000) }).optional(),
    })
    .optional(),
  tts: z.strictObject({ voice_id: z.string().min(1).max(100) }).optional(),
});

export const recipientInputSchema = z.strictObject({
  phone_number: z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +14155550123'),
  conversation_initiation_client_data: z.strictObject({
    dynamic_variables: z.record(z.string().regex(/^[A-Za-z_][\w.-]{0,99}$/, 'must be a variable name such as customer_name'), scalar),
    conversation_config_override: overrideSchema.optional(),
  }),
});

export const submitBatchSchema = z.strictObject({
  idempotency_key: z.string().regex(IDEMPOTENCY_KEY_PATTERN, 'must be 16–128 letters, digits, _ or -'),
  call_name: z.string().trim().min(1, batchMessages.name).max(CALL_NAME_MAX, batchMessages.nameTooLong),
  agent_id: z.string().regex(/^[\w-]{1,128}$/, batchMessages.agent),
  agent_phone_number_id: z.string().regex(/^[\w-]{1,128}$/, batchMessages.phoneNumber),
  scheduled_time_unix: z.number().int().positive().nullish(),
  target_concurrency_limit: z.number().int().min(CONCURRENCY_LIMIT.min).max(CONCURRENCY_LIMIT.max, batchMessages.concurrency).nullish(),
  recipients: z.array(recipientInputSchema).min(1, 'add at least one recipient').max(MAX_RECIPIENTS, batchMessages.tooMany),
});
export type SubmitBatchInput = z.infer<typeof submitBatchSchema>;

/** BatchCallResponse: what the submit answers (unknown keys kept, statuses as strings). */
export const submittedBatchSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  agent_id: z.string(),
  agent_name: z.string().nullish(),
  phone_number_id: z.string().nullish(),
  phone_provider: z.string().nullish(),
  status: z.string(),
  created_at_unix: z.number(),
  scheduled_time_unix: z.number().nullish(),
  last_updated_at_unix: z.number().nullish(),
  total_calls_dispatched: z.number(),
  total_calls_scheduled: z.number(),
  total_calls_finished: z.number().nullish(),
  retry_count: z.number().nullish(),
  target_concurrency_limit: z.number().nullish(),
});
export type SubmittedBatch = z.infer<typeof submittedBatchSchema>;

export const estimateQuerySchema = z.strictObject({ agent_id: z.string().regex(/^[\w-]{1,128}$/, 'must be an agent id such as agent_…') });

/** GET /v1/user/subscription: only the tier matters here. */
export const subscriptionSchema = z.looseObject({ tier: z.string().nullish() });

export { OVERRIDE_FIELDS };
