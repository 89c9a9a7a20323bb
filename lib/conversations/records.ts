// A conversation's records that another feature writes: the webhook receiver leaves one pointer per
// delivery it logs for the conversation (its payload holds the transcript), so deleting the
// conversation finds those deliveries by prefix instead of scanning the whole log.
import { z } from 'zod';
import { kvKeys, type KvStore } from '@/lib/kv';

/** timeOrderedId's shape: anything else under the prefix belongs to an id that merely starts alike. */
const LOG_ID = /^\d{13}-[0-9a-f]{8}$/;

/** The keys that hold the delivery (log entry, index row), carried in the pointer's metadata. */
const pointerMetadataSchema = z.object({ keys: z.array(z.string()) });

/** Only log and index keys can be named, so a pointer never deletes anything else. */
const isDeliveryKey = (key: string) => key.startsWith(kvKeys.webhookPrefix) || key.startsWith(kvKeys.webhookIndexPrefix);

export async function pointToDelivery(kv: KvStore, conversationId: string, logId: string, keys: string[], ttlSeconds: number): Promise<void> {
  await kv.putJson(kvKeys.webhookByConversation(conversationId, logId), null, { expirationTtl: ttlSeconds, metadata: { keys } });
}

/** Deletes every delivery logged for the conversation, and the pointers to them. */
export async function forgetDeliveries(kv: KvStore, conversationId: string): Promise<void> {
  const prefix = kvKeys.webhookByConversationPrefix(conversationId);
  let cursor: string | undefined;
  do {
    const page = await kv.list<unknown>(prefix, { cursor });
    const doomed = page.entries.flatMap(({ key, metadata }) => {
      if (!LOG_ID.test(key.slice(prefix.length))) return [];
      const pointer = pointerMetadataSchema.safeParse(metadata);
      return [key, ...(pointer.success ? pointer.data.keys.filter(isDeliveryKey) : [])];
    });
    await Promise.all(doomed.map((key) => kv.delete(key)));
    cursor = page.cursor ?? undefined;
  } while (cursor);
}
