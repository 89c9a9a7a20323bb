// Batch calls: ElevenLabs' answers, parsed tolerantly (unknown keys kept, statuses as strings, so a new
// status never breaks a page), and the input of our own routes (strict, naming the field).
import { z } from 'zod';
import { BATCH_STATUSES, type BatchDetail, type BatchSummary } from './model';

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
