// Sign-in attempts on the admin account in KV: one key each, listed and never rewritten (README,
// "Security", sign-in throttle).
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';

const ATTEMPT_TTL_SECONDS = 24 * 60 * 60;

/** When, and from which (hashed) client address. */
export const attemptSchema = z.object({ at: z.number(), client: z.string() });
export type Attempt = z.infer<typeof attemptSchema>;

/** `voicedesk_login_attempts:{sha256(email)}:{newestFirstId}`; the metadata repeats the value so counting is one list. */
export const loginAttemptRecord = kvRecord({
  prefix: 'voicedesk_login_attempts:',
  schema: attemptSchema,
  metadata: { schema: attemptSchema, of: (attempt) => attempt },
  ttlSeconds: ATTEMPT_TTL_SECONDS,
});
