// Post-call webhook payloads. The real format is the envelope `{type, event_timestamp, data}`;
// the user's early notes used a flat body (and `audio_base64`), accepted too and normalised here.
import { z } from 'zod';
import { isKnownWebhookType, WEBHOOK_TYPES, type WebhookType } from './model';

export { WEBHOOK_TYPES, type WebhookType };

const idSchema = z.string().min(1).max(200);
const ids = { agent_id: idSchema, conversation_id: idSchema };

/** Bounded and plain: the name is stored in the log's metadata and shown as is. */
const eventTypeSchema = z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'type must be an event name (a-z, 0-9, _ . -)');

/**
 * Any event type is accepted: one ElevenLabs adds later is logged (and not acted on) instead of
 * being refused, which would make ElevenLabs retry it and count it towards disabling the webhook.
 * The types this code acts on must name their agent and conversation.
 */
export const envelopeSchema = z
  .looseObject({
    type: eventTypeSchema,
    event_timestamp: z.number().int(),
    data: z.looseObject({ agent_id: idSchema.optional(), conversation_id: idSchema.optional() }),
  })
  .superRefine((envelope, context) => {
    if (!isKnownWebhookType(envelope.type)) return;
    for (const field of ['agent_id', 'conversation_id'] as const) {
      if (envelope.data[field] === undefined) context.addIssue({ code: 'custom', path: ['data', field], message: 'is required' });
    }
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
