// A conversation's KV records: the stored conversation, its recording, and what the webhook
// receiver writes about it (the call-failure record, one pointer per logged delivery). Declared here
// because deleting the conversation deletes them all, and the webhooks feature already depends on
// this one (the reverse would be a circle).
import 'server-only';
import { z } from 'zod';
import { kvBlob, kvRecord, newestFirstOf, type KvStore } from '@/lib/kv';
import { conversationDetailSchema } from './upstream';

export const storedConversationSchema = z.object({
  conversation: conversationDetailSchema,
  storedAt: z.string(),
  source: z.enum(['api', 'webhook']),
  audioBytes: z.number().int().optional(),
});
export type StoredConversation = z.infer<typeof storedConversationSchema>;

/** `elevenlabs_conversations:{id}`: finished conversations only (immutable upstream). */
export const conversationRecord = kvRecord({ prefix: 'elevenlabs_conversations:', schema: storedConversationSchema });

/** Stored with the copy, so a range can be answered (Content-Range needs the size) before reading it. */
export const conversationAudioBlob = kvBlob({
  prefix: 'elevenlabs_conversation_audio:',
  metadata: { schema: z.object({ size: z.number().int().nonnegative() }), of: (bytes) => ({ size: bytes.byteLength }) },
});

/** A `call_initiation_failure` as the receiver keeps it. */
export const callFailureSchema = z.object({
  conversationId: z.string(),
  agentId: z.string(),
  reason: z.string(),
  /** The telephony provider (`twilio`, `sip`), when the event names one. */
  provider: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
});
export type CallFailure = z.infer<typeof callFailureSchema>;

export const callFailureRecord = kvRecord({ prefix: 'voicedesk_call_failure:', schema: callFailureSchema });

/**
 * `voicedesk_webhook_by_conversation:{conversation_id}:{log id}`, one per delivery logged for the
 * conversation (its payload holds the transcript), so deleting the conversation finds those
 * deliveries by prefix instead of scanning the whole log. The metadata names the delivery's keys.
 */
export const deliveryPointerRecord = kvRecord({
  prefix: 'voicedesk_webhook_by_conversation:',
  schema: z.null(),
  metadata: { schema: z.object({ keys: z.array(z.string()) }) },
});

/** timeOrderedId's shape: anything else under the prefix belongs to an id that merely starts alike. */
const LOG_ID = /^\d{13}-[0-9a-f]{8}$/;

/**
 * A pointer deletes only keys of its own delivery: those ending in its log id (the log entry) or in
 * that id's newest-first twin (the index row). This feature cannot import the log's records (the
 * webhooks feature imports this one), so the check rests on the id the pointer's key carries.
 */
function isOwnDeliveryKey(key: string, logId: string): boolean {
  return key.endsWith(`:${logId}`) || key.endsWith(`:${newestFirstOf(logId)}`);
}

export async function pointToDelivery(kv: KvStore, conversationId: string, logId: string, keys: string[], ttlSeconds: number): Promise<void> {
  await deliveryPointerRecord.put(kv, null, { parts: [conversationId, logId], ttlSeconds, metadata: { keys } });
}

/** Deletes every delivery logged for the conversation, and the pointers to them. */
export async function forgetDeliveries(kv: KvStore, conversationId: string): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await deliveryPointerRecord.list(kv, { within: conversationId, cursor });
    const doomed = page.entries.flatMap(({ key, id: logId, metadata }) => {
      if (!LOG_ID.test(logId)) return [];
      return [key, ...(metadata?.keys.filter((target) => isOwnDeliveryKey(target, logId)) ?? [])];
    });
    // Raw deletes: the keys were written through the log's records and are named here whole.
    await Promise.all(doomed.map((key) => kv.delete(key)));
    cursor = page.cursor ?? undefined;
  } while (cursor);
}
