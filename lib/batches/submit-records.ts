// The submit's idempotency records. KV has no compare-and-swap and takes one write per second per key,
// so no key is both claimed and rewritten: every attempt writes a key of its own under the batch's
// idempotency key, lists them, and only the earliest sends; its outcome goes to a second key, written once.
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';
import { submittedBatchSchema } from './submit-schemas';

/** Kept a day: long enough for any retry of the same form, short enough not to pile up. */
export const SUBMIT_TTL_SECONDS = 24 * 60 * 60;

/** `voicedesk_batch_submit:{idempotency_key}:{13-digit ms}-{random}`: one submit attempt. */
export const submitAttemptRecord = kvRecord({
  prefix: 'voicedesk_batch_submit:',
  schema: z.object({ fingerprint: z.string(), at: z.string() }),
  ttlSeconds: SUBMIT_TTL_SECONDS,
});

/** `voicedesk_batch_submit_outcome:{idempotency_key}`: what the one upstream submit gave. */
export const submitOutcomeRecord = kvRecord({
  prefix: 'voicedesk_batch_submit_outcome:',
  schema: z.discriminatedUnion('state', [
    z.object({ state: z.literal('submitted'), fingerprint: z.string(), batch: submittedBatchSchema, at: z.string() }),
    z.object({ state: z.literal('unknown'), fingerprint: z.string(), message: z.string(), at: z.string() }),
  ]),
  ttlSeconds: SUBMIT_TTL_SECONDS,
});
