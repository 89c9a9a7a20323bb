// Receiving a post-call webhook: read the raw body once (bounded), verify, then log and store.
// Nothing is written to KV before the signature is verified. Each delivery writes only keys of
// its own (no shared counter or list), so concurrent deliveries never lose each other.
import { AppError, type ErrorCode } from '@/lib/api/errors';
import { getConfig } from '@/lib/config';
import { base64ToBytes, sha256Hex } from '@/lib/crypto/encoding';
import { getKv, kvKeys, timeOrderedId, type KvStore } from '@/lib/kv';
import { getPlatform } from '@/lib/platform';
import { readReceiverSettings } from '@/lib/settings/store';
import { storeAudio } from '@/lib/conversations/audio';
import { readStoredConversation, storeConversation } from '@/lib/conversations/service';
import { conversationDetailSchema } from '@/lib/conversations/upstream';
import { audioDataSchema, failureDataSchema, normaliseWebhook, type WebhookEnvelope, type WebhookLogEntry } from './schemas';
import { verifySignature, type SignatureFailure } from './signature';
import { isIpAllowed } from './ip-allowlist';
import { indexDelivery, writeDelivery } from './log';
import type { RejectionReason } from './labels';
import { rejectionCounter } from './rejections';

/** Audio webhooks carry a whole call as base64: tens of MB must fit, beyond is refused. */
export const MAX_WEBHOOK_BYTES = 40 * 1024 * 1024;

/** A refused delivery: the error sent back, and the reason it is counted under. */
class Rejection extends AppError {
  constructor(
    readonly reason: RejectionReason,
    code: ErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}

const SIGNATURE_REJECTIONS: Record<SignatureFailure, Rejection> = {
  missing_signature: new Rejection('missing_signature', 'bad_request', 'missing ElevenLabs-Signature header'),
  malformed_signature: new Rejection('malformed_signature', 'bad_request', 'malformed ElevenLabs-Signature header'),
  stale_timestamp: new Rejection('stale_timestamp', 'signature_invalid', 'signature timestamp is older than 30 minutes'),
  future_timestamp: new Rejection('future_timestamp', 'signature_invalid', 'signature timestamp is in the future'),
  signature_mismatch: new Rejection('signature_mismatch', 'signature_invalid', 'signature does not match the body'),
  secret_not_configured: new Rejection('secret_not_configured', 'webhook_not_configured', 'no webhook secret is set in Settings'),
};

export async function readBoundedBody(request: Request, maxBytes: number = MAX_WEBHOOK_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new Rejection('body_too_large', 'payload_too_large', `body larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
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
  const kv = getKv();
  try {
    return await acceptDelivery(request, kv);
  } catch (error) {
    if (error instanceof Rejection) countRejection(error.reason, kv);
    throw error;
  }
}

/** Counted in memory; the write is deferred and shared by a whole burst (lib/webhooks/rejections). */
function countRejection(reason: RejectionReason, kv: KvStore): void {
  try {
    const flush = rejectionCounter.record(reason, kv, getConfig().WEBHOOK_REJECTION_FLUSH_MS);
    if (flush) getPlatform().waitUntil(flush);
  } catch {
    // Counting is best effort: the sender still gets its 4xx.
  }
}

async function acceptDelivery(request: Request, kv: KvStore): Promise<DeliveryResult> {
  const { allowlist, secrets } = await readReceiverSettings(kv);
  // Cloudflare sets CF-Connecting-IP to the address that reached its edge.
  if (!isIpAllowed(allowlist, request.headers.get('cf-connecting-ip'))) {
    await request.body?.cancel();
    throw new Rejection('ip_not_allowed', 'forbidden', 'source IP is not on the webhook allowlist');
  }
  const raw = await readBoundedBody(request);
  const verdict = await verifySignature(raw, request.headers.get('elevenlabs-signature'), secrets);
  if (!verdict.ok) throw SIGNATURE_REJECTIONS[verdict.reason];

  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw new Rejection('not_json', 'bad_request', 'body is not JSON');
  }
  const normalised = normaliseWebhook(body, Math.floor(Date.now() / 1000));
  if (!normalised.ok) throw new Rejection('not_a_webhook', 'bad_request', normalised.error);
  const { envelope } = normalised;

  // Same body = same delivery: a retry is re-signed with a new timestamp but carries the same body.
  // Hashed as received: an audio body is tens of MB, not worth decoding a second time.
  const seenKey = kvKeys.webhookSeen(await sha256Hex(raw));
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
  const id = timeOrderedId();
  // The log entry is the record of the delivery: written before the 200, so an accepted delivery
  // is never lost. Everything else can finish after the response.
  await writeDelivery(kv, id, entry, ttl);
  const logKey = kvKeys.webhook(id);
  const after: Promise<unknown>[] = [indexDelivery(kv, id, entry, ttl)];
  if (!duplicate) after.push(kv.putJson(seenKey, { logKey }, { expirationTtl: ttl }), applyWebhook(envelope, kv));
  getPlatform().waitUntil(Promise.all(after));
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
