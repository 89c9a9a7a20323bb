// Receiving a post-call webhook: refuse what the headers already show is bad, read the raw body
// once (bounded, one buffer), verify, then log and store.
// Nothing is written to KV before the signature is verified. Each delivery writes only keys of
// its own (no shared counter or list), so concurrent deliveries never lose each other.
import 'server-only';
import { AppError, type ErrorCode } from '@/lib/api/errors';
import { getConfig } from '@/lib/config';
import { base64DecodedLength, base64ToBytes, sha256Hex } from '@/lib/crypto/encoding';
import { getKv, timeOrderedId, type KvStore } from '@/lib/kv';
import { getPlatform } from '@/lib/platform';
import { readReceiverSettings } from '@/lib/settings/store';
import { MAX_STORED_AUDIO_BYTES, storeAudio } from '@/lib/conversations/audio';
import { readStoredConversation, storeConversation } from '@/lib/conversations/service';
import { callFailureRecord, conversationAudioBlob, type CallFailure, type StoredConversation } from '@/lib/conversations/records';
import { conversationDetailSchema } from '@/lib/conversations/upstream';
import { audioDataSchema, failureDataSchema, normaliseWebhook, type WebhookEnvelope } from './schemas';
import type { WebhookLogEntry } from './model';
import { checkSignatureHeader, matchesSignature, signedPrefix, type SignatureFailure } from './signature';
import { isIpAllowed } from '@/lib/settings/model';
import { MAX_WEBHOOK_BYTES } from './limits';
import { indexDelivery, writeDelivery } from './log';
import { deliveryLogRecord, seenDeliveryRecord } from './records';
import type { RejectionReason, TallyReason } from './model';
import { rejectionCounter } from './rejections';

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

/** What a body this size is refused with; the size is known before reading when Content-Length is sent. */
function tooLarge(maxBytes: number): Rejection {
  return new Rejection('body_too_large', 'payload_too_large', `body larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
}

function declaredLength(request: Request): number | null {
  const value = request.headers.get('content-length');
  return value !== null && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

/** The signed text `<t>.<raw body>` in one buffer, and the body as a view of it (not a copy). */
export interface SignedBody {
  message: Uint8Array<ArrayBuffer>;
  body: Uint8Array<ArrayBuffer>;
}

/** Without a Content-Length the buffer starts here and doubles as the body arrives. */
const UNKNOWN_LENGTH_START_BYTES = 1024 * 1024;

/**
 * Reads the body once, into one buffer that already holds the signed prefix: with a Content-Length
 * (as ElevenLabs sends) it is allocated once at its final size, so a tens-of-MB audio body is never
 * held twice (chunks plus their concatenation, or body plus the HMAC's message).
 */
export async function readSignedBody(request: Request, prefix: Uint8Array, maxBytes: number = MAX_WEBHOOK_BYTES): Promise<SignedBody> {
  const declared = declaredLength(request);
  if (declared !== null && declared > maxBytes) throw tooLarge(maxBytes);
  let buffer = new Uint8Array(prefix.length + (declared ?? Math.min(UNKNOWN_LENGTH_START_BYTES, maxBytes)));
  buffer.set(prefix);
  let length = prefix.length;
  const reader = request.body?.getReader();
  for (;;) {
    const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
    if (chunk.done) break;
    const needed = length + chunk.value.byteLength;
    // Counted while reading: a chunked delivery has no Content-Length, and a declared one may lie.
    if (needed - prefix.length > maxBytes) {
      await reader!.cancel();
      throw tooLarge(maxBytes);
    }
    if (needed > buffer.length) {
      const grown = new Uint8Array(Math.min(prefix.length + maxBytes, Math.max(needed, buffer.length * 2)));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(chunk.value, length);
    length = needed;
  }
  const message = buffer.subarray(0, length);
  return { message, body: message.subarray(prefix.length) };
}

/** The audio is logged as its size only (the MP3 is kept with the conversation). */
function logPayload(envelope: WebhookEnvelope): unknown {
  if (envelope.type !== 'post_call_audio') return envelope;
  const bytes = base64DecodedLength(String(envelope.data.full_audio ?? ''));
  return { ...envelope, data: { ...envelope.data, full_audio: `<${bytes} bytes of MP3>` } };
}

export interface DeliveryResult {
  duplicate: boolean;
  logKey: string | null;
}

export async function receiveWebhook(request: Request): Promise<DeliveryResult> {
  const kv = getKv();
  try {
    return await acceptDelivery(request, kv);
  } catch (error) {
    if (error instanceof Rejection) {
      countInTally(error.reason, kv);
      await discardBody(request);
    }
    throw error;
  }
}

/** A refused body is not read: cancelling tells the runtime to drop what is still in flight. */
async function discardBody(request: Request): Promise<void> {
  // Rejects when the body was already read (or is being read); then there is nothing to drop.
  await request.body?.cancel().catch(() => undefined);
}

/** Counted in memory; the write is deferred and shared by a whole burst (lib/webhooks/rejections). */
function countInTally(reason: TallyReason, kv: KvStore): void {
  try {
    const flush = rejectionCounter.record(reason, kv, getConfig().WEBHOOK_REJECTION_FLUSH_MS);
    if (flush) getPlatform().waitUntil(flush);
  } catch {
    // Counting is best effort: the sender still gets its answer.
  }
}

/** A verified body as text, with what is kept of the bytes: their hash and their count. */
interface VerifiedBody {
  text: string;
  hash: string;
  bytes: number;
}

/**
 * Everything refusable from the headers is refused before a byte of the body is read; the bytes
 * are dropped when this returns, so they are not held beside the parsed payload.
 */
async function readVerifiedBody(request: Request, secrets: string[]): Promise<VerifiedBody> {
  const header = checkSignatureHeader(request.headers.get('elevenlabs-signature'), secrets);
  if (!header.ok) throw SIGNATURE_REJECTIONS[header.reason];
  const { message, body } = await readSignedBody(request, signedPrefix(header.signature.timestamp));
  if (!(await matchesSignature(message, header.signature, secrets))) throw SIGNATURE_REJECTIONS.signature_mismatch;
  // Hashed as received: an audio body is tens of MB, not worth decoding a second time.
  const hash = await sha256Hex(body);
  return { text: new TextDecoder().decode(body), hash, bytes: body.byteLength };
}

interface ParsedDelivery {
  envelope: WebhookEnvelope;
  hash: string;
  bytes: number;
}

/** Not async, and the text is not kept: it is garbage as soon as the payload is parsed. */
function parseDelivery({ text, hash, bytes }: VerifiedBody): ParsedDelivery {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Rejection('not_json', 'bad_request', 'body is not JSON');
  }
  const normalised = normaliseWebhook(body, Math.floor(Date.now() / 1000));
  if (!normalised.ok) throw new Rejection('not_a_webhook', 'bad_request', normalised.error);
  return { envelope: normalised.envelope, hash, bytes };
}

async function acceptDelivery(request: Request, kv: KvStore): Promise<DeliveryResult> {
  const { allowlist, secrets } = await readReceiverSettings(kv);
  // Cloudflare sets CF-Connecting-IP to the address that reached its edge.
  if (!isIpAllowed(allowlist, request.headers.get('cf-connecting-ip'))) {
    throw new Rejection('ip_not_allowed', 'forbidden', 'source IP is not on the webhook allowlist');
  }
  const { envelope, hash, bytes } = parseDelivery(await readVerifiedBody(request, secrets));

  // Same body = same delivery: a retry is re-signed with a new timestamp but carries the same body.
  // A replay inside the signature window writes nothing (not even a log entry), so a captured
  // delivery cannot be resent to fill KV; it is only counted in memory.
  if ((await seenDeliveryRecord.get(kv, hash)) !== null) {
    countInTally('duplicate', kv);
    return { duplicate: true, logKey: null };
  }
  const ttl = getConfig().WEBHOOK_LOG_TTL_DAYS * 86_400;
  const entry: WebhookLogEntry = {
    type: envelope.type,
    conversationId: envelope.data.conversation_id ?? null,
    agentId: envelope.data.agent_id ?? null,
    receivedAt: new Date().toISOString(),
    eventTimestamp: envelope.event_timestamp,
    bytes,
    payload: logPayload(envelope),
  };
  const id = timeOrderedId();
  // The log entry is the record of the delivery: written before the 200, so an accepted delivery
  // is never lost. Everything else can finish after the response.
  await writeDelivery(kv, id, entry, ttl);
  const logKey = deliveryLogRecord.key(id);
  getPlatform().waitUntil(
    Promise.all([
      indexDelivery(kv, id, entry, ttl),
      seenDeliveryRecord.put(kv, { logKey }, { parts: hash, ttlSeconds: ttl }),
      applyWebhook(envelope, kv),
    ]),
  );
  return { duplicate: false, logKey };
}

/** Acts on the types this code knows; any other type is only logged. */
export async function applyWebhook(envelope: WebhookEnvelope, kv: KvStore = getKv()): Promise<void> {
  if (envelope.type === 'post_call_transcription') return applyTranscription(envelope.data, kv);
  if (envelope.type === 'post_call_audio') return applyAudio(envelope.data, kv);
  if (envelope.type === 'call_initiation_failure') return applyFailure(envelope.data, envelope.event_timestamp, kv);
}

/**
 * A copy fetched from the API is ElevenLabs' own answer for a finished (immutable) call: a webhook
 * never replaces it, so a leaked webhook secret cannot rewrite a call the detail page serves from KV.
 */
const storedFromApi = (stored: StoredConversation | null) => stored?.source === 'api';

async function applyTranscription(data: unknown, kv: KvStore): Promise<void> {
  const parsed = conversationDetailSchema.safeParse(data);
  if (!parsed.success) return;
  const existing = await readStoredConversation(parsed.data.conversation_id, kv);
  if (storedFromApi(existing)) return;
  await storeConversation(parsed.data, 'webhook', kv, { audioBytes: existing?.audioBytes });
}

/**
 * Stored only where nothing is yet: never for a conversation stored from the API (its recording
 * streams from ElevenLabs), and never over a recording already kept (by an earlier webhook or as
 * the upstream copy), for the same reason as above.
 */
async function applyAudio(data: unknown, kv: KvStore): Promise<void> {
  const audio = audioDataSchema.parse(data);
  const id = audio.conversation_id;
  // Too large to keep: the player streams it from ElevenLabs instead, so decoding would only cost memory.
  if (base64DecodedLength(audio.full_audio) > MAX_STORED_AUDIO_BYTES) return;
  const existing = await readStoredConversation(id, kv);
  if (storedFromApi(existing) || (await conversationAudioBlob.has(kv, id))) return;
  const bytes = base64ToBytes(audio.full_audio);
  await storeAudio(id, bytes.buffer, kv);
  if (existing) {
    await storeConversation({ ...existing.conversation, has_audio: true }, existing.source, kv, { audioBytes: bytes.byteLength });
  }
}

/** The failure as kept: the event's fields under the record's own names. */
export function callFailureOf(data: unknown, eventTimestamp: number): CallFailure {
  const failure = failureDataSchema.parse(data);
  return {
    conversationId: failure.conversation_id,
    agentId: failure.agent_id,
    reason: failure.failure_reason,
    provider: failure.metadata?.type ?? null,
    details: failure.metadata?.body ?? null,
    at: new Date(eventTimestamp * 1000).toISOString(),
  };
}

async function applyFailure(data: unknown, eventTimestamp: number, kv: KvStore): Promise<void> {
  const failure = callFailureOf(data, eventTimestamp);
  await callFailureRecord.put(kv, failure, { parts: failure.conversationId });
}
