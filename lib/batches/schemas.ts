// Batch calls: ElevenLabs' answers, parsed tolerantly (unknown keys kept, statuses as strings, so a new
// status never breaks a page), and the input of our own routes (strict, naming the field).
import { z } from 'zod';
import { BATCH_STATUSES, type BatchDetail, type BatchSummary } from './model';
import { batchMessages, CALL_NAME_MAX, CONCURRENCY_LIMIT, IDEMPOTENCY_KEY_PATTERN, MAX_RECIPIENTS } from './form-rules';

/** BatchCallResponse: a batch in the list, the detail and the submit's answer. */
export const batchSummarySchema = z.looseObject({
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
  total_calls_dispatched: z.number().default(0),
  total_calls_scheduled: z.number().default(0),
  total_calls_finished: z.number().nullish(),
  retry_count: z.number().nullish(),
  target_concurrency_limit: z.number().nullish(),
  timezone: z.string().nullish(),
});

export const batchRecipientSchema = z.looseObject({
  id: z.string(),
  phone_number: z.string().nullish(),
  whatsapp_user_id: z.string().nullish(),
  status: z.string(),
  created_at_unix: z.number().nullish(),
  updated_at_unix: z.number().nullish(),
  conversation_id: z.string().nullish(),
  conversation_initiation_client_data: z.looseObject({ dynamic_variables: z.record(z.string(), z.unknown()).nullish() }).nullish(),
});

export const batchDetailSchema = batchSummarySchema.extend({ recipients: z.array(batchRecipientSchema).default([]) });

/** GET /v1/convai/batch-calling/workspace */
export const batchPageSchema = z.looseObject({
  batch_calls: z.array(batchSummarySchema),
  next_doc: z.string().nullish(),
  has_more: z.boolean().default(false),
});

// The parsed shapes must stay assignable to the model's types, which the browser uses.
const summaryFits: (value: z.infer<typeof batchSummarySchema>) => BatchSummary = (value) => value;
const detailFits: (value: z.infer<typeof batchDetailSchema>) => BatchDetail = (value) => value;
void summaryFits;
void detailFits;

const idSchema = z.string().trim().min(1).max(128).regex(/^[\w-]+$/, 'must be an id such as btcal_…');

export const batchParamsSchema = z.strictObject({ id: idSchema });

/** GET /api/batch-calls and the list page's URL. */
export const batchFiltersSchema = z.strictObject({
  agent: z.string().trim().min(1).max(128).regex(/^[\w-]+$/, 'must be an id such as agent_…').optional(),
  status: z.enum(BATCH_STATUSES, { error: `must be one of ${BATCH_STATUSES.join(', ')}` }).optional(),
  cursor: z.string().min(1).max(2048).optional(),
});

const FILTER_NAMES = new Set(Object.keys(batchFiltersSchema.shape));

/** The page's URL -> filters; parameters that are not filters are ignored, a bad value is named. */
export function parseBatchFilters(query: Record<string, string | string[] | undefined>) {
  const defined = Object.fromEntries(
    Object.entries(query).flatMap(([name, value]) => (value !== undefined && FILTER_NAMES.has(name) ? [[name, Array.isArray(value) ? value[0] : value]] : [])),
  );
  const parsed = batchFiltersSchema.safeParse(defined);
  if (parsed.success) return { filters: parsed.data, error: null };
  return { filters: {}, error: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'filter'}: ${issue.message}`).join('; ') };
}

export type UpstreamBatch = z.infer<typeof batchSummarySchema>;
export type UpstreamBatchDetail = z.infer<typeof batchDetailSchema>;

// POST /api/batch-calls: strict, so an unknown field is refused and named. Limits and messages come from
// form-rules.ts, which the create page checks with.

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

export const estimateQuerySchema = z.strictObject({ agent_id: z.string().regex(/^[\w-]{1,128}$/, 'must be an agent id such as agent_…') });
