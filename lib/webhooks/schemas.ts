// Post-call webhook payloads. The real format is the envelope `{type, event_timestamp, data}`;
// the user's early notes used a flat body (and `audio_base64`), accepted too and normalised here.
import { z } from 'zod';
import { WEBHOOK_TYPES, type WebhookType } from './labels';

export { WEBHOOK_TYPES, type WebhookType };

const ids = { agent_id: z.string().min(1).max(200), conversation_id: z.string().min(1).max(200) };

export const envelopeSchema = z.looseObject({
  type: z.enum(WEBHOOK_TYPES, { error: `type must be one of ${WEBHOOK_TYPES.join(', ')}` }),
  event_timestamp: z.number().int(),
  data: z.looseObject(ids),
});
export type WebhookEnvelope = z.infer<typeof envelopeSchema>;

export const audioDataSchema = z.looseObject({ ...ids, full_audio: z.string().min(1) });
export const failureDataSchema = z.looseObject({
  ...ids,
  failure_reason: z.string(),
  metadata: z.looseObject({ type: z.string(), body: z.record(z.string(), z.unknown()) }).nullish(),
});

const flatTranscriptionSchema = z.looseObject({ ...ids, transcript: z.array(z.unknown()) });
const flatAudioSchema = z.looseObject({ ...ids, audio_base64: z.string().min(1) });

export type Normalised = { ok: true; envelope: WebhookEnvelope } | { ok: false; error: string };

/** The envelope, or the seed's flat shape turned into one. */
export function normaliseWebhook(body: unknown, nowSecs: number): Normalised {
  if (body && typeof body === 'object' && 'type' in body) {
    const parsed = envelopeSchema.safeParse(body);
    return parsed.success
      ? { ok: true, envelope: parsed.data }
      : { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') };
  }
  const audio = flatAudioSchema.safeParse(body);
  if (audio.success) {
    const { audio_base64, ...rest } = audio.data;
    return { ok: true, envelope: { type: 'post_call_audio', event_timestamp: nowSecs, data: { ...rest, full_audio: audio_base64 } } };
  }
  const transcription = flatTranscriptionSchema.safeParse(body);
  if (transcription.success) {
    return { ok: true, envelope: { type: 'post_call_transcription', event_timestamp: nowSecs, data: transcription.data } };
  }
  return { ok: false, error: 'body is not a post-call webhook (expected {type, event_timestamp, data})' };
}

export interface WebhookLogEntry {
  type: WebhookType;
  conversationId: string;
  agentId: string;
  receivedAt: string;
  eventTimestamp: number;
  bytes: number;
  /** Only in entries written while a replayed body was still logged (marked, not applied); now it is not logged. */
  duplicate?: boolean;
  /** The payload as received, except audio, which is replaced by its size (the MP3 is kept separately). */
  payload: unknown;
}

/** GET /api/webhooks/deliveries */
export const deliveryListQuerySchema = z.strictObject({
  type: z.enum(WEBHOOK_TYPES, { error: `must be one of ${WEBHOOK_TYPES.join(', ')}` }).optional(),
  cursor: z.string().min(1).max(1024).optional(),
  page_size: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1–100').max(100, 'must be 1–100').default(25),
});
export type DeliveryListQuery = z.infer<typeof deliveryListQuerySchema>;

export const deliveryParamsSchema = z.object({
  id: z.string().regex(/^\d{13}-[0-9a-f]{8}$/, 'is not a delivery id'),
});
