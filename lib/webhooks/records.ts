// The webhook receiver's KV records: the delivery log (time-ordered, as the fixed schema asks), its
// newest-first index, the seen markers that make a repeated body a no-op, and the per-instance
// refusal tallies. What it writes about a conversation is declared with the conversation
// (lib/conversations/records.ts), which deletes it.
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';

export const deliveryRowSchema = z.object({
  id: z.string(),
  type: z.string(),
  conversationId: z.string().nullable(),
  agentId: z.string().nullable(),
  receivedAt: z.string(),
  eventTimestamp: z.number(),
  bytes: z.number(),
  duplicate: z.boolean().optional(),
});

const deliveryFieldsSchema = deliveryRowSchema.omit({ id: true });
export const logEntrySchema = deliveryFieldsSchema.extend({ payload: z.unknown() });

/** `elevenlabs_webhooks:{timeOrderedId}`: the delivery as received; the metadata is its summary. */
export const deliveryLogRecord = kvRecord({
  prefix: 'elevenlabs_webhooks:',
  schema: logEntrySchema,
  metadata: { schema: deliveryFieldsSchema, of: ({ payload: _payload, ...fields }) => fields },
});

/** `voicedesk_webhook_index:{newestFirstId}`: the value is the log id, the metadata the list row. */
export const deliveryIndexRecord = kvRecord({
  prefix: 'voicedesk_webhook_index:',
  schema: z.string(),
  metadata: { schema: deliveryRowSchema },
});

/** `voicedesk_webhook_seen:{sha256(body)}`: this body was applied, and where it was logged. */
export const seenDeliveryRecord = kvRecord({ prefix: 'voicedesk_webhook_seen:', schema: z.object({ logKey: z.string() }) });

/** Tallies outlive the 24-hour health window with room to spare. */
const TALLY_TTL_SECONDS = 3 * 24 * 3600;

/** Reasons are kept as any name: a tally written by a newer version still counts what this one knows. */
export const rejectionTallySchema = z.object({
  hour: z.number().int(),
  counts: z.record(z.string(), z.number().optional()),
});

/** `voicedesk_webhook_rejections:{8-digit hour}:{instance}`; the metadata is the tally, so health lists without reads. */
export const rejectionTallyRecord = kvRecord({
  prefix: 'voicedesk_webhook_rejections:',
  schema: rejectionTallySchema,
  metadata: { schema: rejectionTallySchema, of: (tally) => tally },
  ttlSeconds: TALLY_TTL_SECONDS,
});

/** The tally's key parts: the hour fixed-width, so keys sort by hour. */
export function tallyParts(hour: number, instanceId: string): [string, string] {
  return [String(hour).padStart(8, '0'), instanceId];
}
