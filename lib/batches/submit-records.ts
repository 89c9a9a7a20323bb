// What the one upstream submit per idempotency key gave, stored under the attempt that sent it
// (lib/idempotency decides which attempt sends; the others read this record).
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';
import { batchSummarySchema } from './schemas';

/** Kept as long as the claims it answers for. */
export const SUBMIT_OUTCOME_TTL_SECONDS = 7 * 24 * 60 * 60;

/** `voicedesk_batch_submit:{attempt id}`: written once, by the attempt that sent the batch. */
export const submitOutcomeRecord = kvRecord({
  prefix: 'voicedesk_batch_submit:',
  schema: z.discriminatedUnion('state', [
    z.object({ state: z.literal('submitted'), batch: batchSummarySchema, at: z.string() }),
    z.object({ state: z.literal('unknown'), message: z.string(), at: z.string() }),
  ]),
  ttlSeconds: SUBMIT_OUTCOME_TTL_SECONDS,
});
