// Receiving a post-call webhook: read the raw body once (bounded), verify, then log and store.
// Nothing is written to KV before the signature is verified. Each delivery writes only keys of
// its own (no shared counter or list), so concurrent deliveries never lose each other.
import { AppError } from '@/lib/api/errors';
import { getConfig } from '@/lib/config';
import { base64ToBytes, sha256Hex } from '@/lib/crypto/encoding';
import { getKv, kvKeys, timeOrderedId, type KvStore } from '@/lib/kv';
import { getPlatform } from '@/lib/platform';
import { readWebhookSecrets } from '@/lib/settings/store';
import { storeAudio } from '@/lib/conversations/audio';
import { readStoredConversation, storeConversation } from '@/lib/conversations/service';
import { conversationDetailSchema } from '@/lib/conversations/upstream';
import { audioDataSchema, failureDataSchema, normaliseWebhook, type WebhookEnvelope, type WebhookLogEntry } from './schemas';
import { verifySignature, type SignatureFailure } from './signature';

/** Audio webhooks carry a whole call as base64: tens of MB must fit, beyond is refused. */
export const MAX_WEBHOOK_BYTES = 40 * 1024 * 1024;

const SIGNATURE_ERRORS: Record<SignatureFailure, AppError> = {
  missing_signature: new AppError('bad_request', 'missing ElevenLabs-Signature header'),
  malformed_signature: new AppError('bad_request', 'malformed ElevenLabs-Signature header'),
  stale_timestamp: new AppError('signature_invalid', 'signature timestamp is older than 30 minutes'),
  future_timestamp: new AppError('signature_invalid', 'signature timestamp is in the future'),
  signature_mismatch: new AppError('signature_invalid', 'signature does not match the body'),
  secret_not_configured: new AppError('webhook_not_configured', 'no webhook secret is set in Settings'),
};

export async function readBoundedBody(request: Request, maxBytes: number = MAX_WEBHOOK_BYTES): Promise<Uint8Array> {
  const tooLarge = () => new AppError('payload_too_large', `body larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // Delivered chunked, so Content-Length may be absent: count while reading.
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function logPayload(envelope: WebhookEnvelope): unknown {
  if (envelope.type !== 'post_call_audio') return envelope;
  const audio = String(envelope.data.full_audio ?? '').replace(/\s/g, '');
  const padding = audio.endsWith('==') ? 2 : audio.endsWith('=') ? 1 : 0;
  const bytes = Math.floor((audio.length * 3) / 4) - padding;
  return { ...envelope, data: { ...envelope.data, full_audio: `<${bytes} bytes of MP3>` } };
}

export interface DeliveryResult {
  duplicate: boolean;
  logKey: string;
}

export async function receiveWebhook(request: Request): Promise<DeliveryResult> {
  const raw = await readBoundedBody(request);
  const kv = getKv();
  const verdict = await verifySignature(raw, request.headers.get('elevenlabs-signature'), await readWebhookSecrets(kv));
  if (!verdict.ok) throw SIGNATURE_ERRORS[verdict.reason];

  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw new AppError('bad_request', 'body is not JSON');
  }
  const normalised = normaliseWebhook(body, Math.floor(Date.now() / 1000));
  if (!normalised.ok) throw new AppError('bad_request', normalised.error);
  const { envelope } = normalised;

  // Same body = same delivery: a retry is re-signed with a new timestamp but carries the same body.
  const seenKey = kvKeys.webhookSeen(await sha256Hex(new TextDecoder().decode(raw)));
  const duplicate = (await kv.getBytes(seenKey)) !== null;
  const ttl = getConfig().WEBHOOK_LOG_TTL_DAYS * 86_400;
  const entry: WebhookLogEntry = {
    type: envelope.type,
    conversationId: envelope.data.conversation_id,
    agentId: envelope.data.agent_id,
    receivedAt: new Date().toISOString(),
    eventTimestamp: envelope.event_timestamp,
    bytes: raw.length,
    duplicate,
    payload: logPayload(envelope),
  };
  const logKey = kvKeys.webhook(timeOrderedId());
  const { payload: _payload, ...metadata } = entry;
  await kv.putJson(logKey, entry, { expirationTtl: ttl, metadata });
  if (duplicate) return { duplicate, logKey };
  await kv.putJson(seenKey, { logKey }, { expirationTtl: ttl });
  // The sender only needs the 200; storing the conversation and audio can finish after it.
  getPlatform().waitUntil(applyWebhook(envelope, kv));
  return { duplicate, logKey };
}

export async function applyWebhook(envelope: WebhookEnvelope, kv: KvStore = getKv()): Promise<void> {
  const id = envelope.data.conversation_id;
  if (envelope.type === 'post_call_transcription') {
    const parsed = conversationDetailSchema.safeParse(envelope.data);
    if (!parsed.success) return;
    const existing = await readStoredConversation(id, kv);
    await storeConversation(parsed.data, 'webhook', kv, { audioBytes: existing?.audioBytes });
    return;
  }
  if (envelope.type === 'post_call_audio') {
    const audio = audioDataSchema.parse(envelope.data);
    const bytes = base64ToBytes(audio.full_audio);
    await storeAudio(id, bytes.buffer, kv);
    const existing = await readStoredConversation(id, kv);
    if (existing) {
      await storeConversation({ ...existing.conversation, has_audio: true }, existing.source, kv, { audioBytes: bytes.byteLength });
    }
    return;
  }
  const failure = failureDataSchema.parse(envelope.data);
  await kv.putJson(kvKeys.callFailure(id), {
    conversationId: id,
    agentId: failure.agent_id,
    reason: failure.failure_reason,
    provider: failure.metadata?.type ?? null,
    details: failure.metadata?.body ?? null,
    at: new Date(envelope.event_timestamp * 1000).toISOString(),
  });
}
