// Idempotency claims in KV: one key per attempt, never rewritten (README, "Never twice").
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';

/** A claim outlives any retry a person or a browser would make with the same key. */
export const CLAIM_TTL_SECONDS = 7 * 24 * 60 * 60;

/** What the attempt asked for (a hash of the request), so the same key with another request is refused. */
export const claimSchema = z.object({ at: z.number(), fingerprint: z.string() });
export type Claim = z.infer<typeof claimSchema>;

/**
 * `voicedesk_idempotency:{scope}:{sha256(key)}:{timeOrderedId}`: each attempt writes its own key
 * (KV has no compare-and-set); the lexicographically first attempt under a key is the one that acts.
 * The metadata repeats the value, so deciding is one list.
 */
export const claimRecord = kvRecord({
  prefix: 'voicedesk_idempotency:',
  schema: claimSchema,
  metadata: { schema: claimSchema, of: (claim) => claim },
  ttlSeconds: CLAIM_TTL_SECONDS,
});
