// `elevenlabs_batch_calls:{batch_id}`: the last copy of a batch read from ElevenLabs, with when it was
// stored, so the list and the detail still open when ElevenLabs is down. The metadata carries the
// list's row, so a stale list is one KV list call, not one read per batch.
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';
import { batchDetailSchema, batchSummarySchema } from './schemas';

export const storedBatchSchema = z.object({
  batch: batchSummarySchema,
  /** null when only the list has seen the batch so far. */
  recipients: z.array(batchDetailSchema.shape.recipients.unwrap().element).nullable(),
  storedAt: z.string(),
});
export type StoredBatch = z.infer<typeof storedBatchSchema>;

export const batchRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  agent_id: z.string(),
  agent_name: z.string().nullish(),
  status: z.string(),
  created_at_unix: z.number(),
  scheduled_time_unix: z.number().nullish(),
  last_updated_at_unix: z.number().nullish(),
  total_calls_dispatched: z.number(),
  total_calls_scheduled: z.number(),
  total_calls_finished: z.number().nullish(),
  storedAt: z.string(),
  hasRecipients: z.boolean(),
});
export type BatchRow = z.infer<typeof batchRowSchema>;

/** The list's row of a stored batch (names cut so the metadata stays under KV's 1,024 bytes). */
export function batchRowOf({ batch, recipients, storedAt }: StoredBatch): BatchRow {
  return {
    id: batch.id,
    name: batch.name.slice(0, 100),
    agent_id: batch.agent_id,
    agent_name: batch.agent_name?.slice(0, 100) ?? null,
    status: batch.status,
    created_at_unix: batch.created_at_unix,
    scheduled_time_unix: batch.scheduled_time_unix ?? null,
    last_updated_at_unix: batch.last_updated_at_unix ?? null,
    total_calls_dispatched: batch.total_calls_dispatched,
    total_calls_scheduled: batch.total_calls_scheduled,
    total_calls_finished: batch.total_calls_finished ?? null,
    storedAt,
    hasRecipients: recipients !== null,
  };
}

export const batchRecord = kvRecord({
  prefix: 'elevenlabs_batch_calls:',
  schema: storedBatchSchema,
  metadata: { schema: batchRowSchema, of: batchRowOf },
});
