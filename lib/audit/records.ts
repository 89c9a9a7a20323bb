// The audit log in KV: one key per entry, newest first, so appending never rewrites a shared list.
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';
import { AUDIT_ACTIONS, type AuditEntry } from './model';

const AUDIT_TTL_SECONDS = 365 * 24 * 60 * 60;

export const auditEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  detail: z.string(),
}) satisfies z.ZodType<AuditEntry>;

/** `voicedesk_audit:{newestFirstId}`; the metadata carries the whole entry so the log lists without a read per entry. */
export const auditRecord = kvRecord({
  prefix: 'voicedesk_audit:',
  schema: auditEntrySchema,
  metadata: { schema: auditEntrySchema, of: (entry) => entry },
  ttlSeconds: AUDIT_TTL_SECONDS,
});
