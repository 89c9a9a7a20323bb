// Verifies `ElevenLabs-Signature: t=<unix>,v0=<hex>` — HMAC-SHA256 of `<t>.<raw body>` with the
// webhook secret. Stricter than the SDK: constant-time comparison, several v0 values and secrets
// (rotation) accepted, and timestamps too far in the future refused as well as stale ones.
import { bytesToHex, timingSafeEqual } from '@/lib/crypto/encoding';

export const TOLERANCE_PAST_SECS = 30 * 60;
export const TOLERANCE_FUTURE_SECS = 5 * 60;

export type SignatureFailure =
  | 'missing_signature'
  | 'malformed_signature'
  | 'stale_timestamp'
  | 'future_timestamp'
  | 'signature_mismatch'
  | 'secret_not_configured';

export interface ParsedSignature {
  timestamp: number;
  signatures: string[];
}

export function parseSignatureHeader(header: string | null): ParsedSignature | 'missing_signature' | 'malformed_signature' {
  if (!header || !header.trim()) return 'missing_signature';
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v0' && value && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === null || signatures.length === 0) return 'malformed_signature';
  return { timestamp, signatures };
}

const encoder = new TextEncoder();

async function hmacHex(secret: string, timestamp: number, body: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const prefix = encoder.encode(`${timestamp}.`);
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix);
  message.set(body, prefix.length);
  return bytesToHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, message)));
}

export async function verifySignature(
  rawBody: Uint8Array,
  header: string | null,
  secrets: string[],
  nowSecs: number = Math.floor(Date.now() / 1000),
): Promise<{ ok: true; timestamp: number } | { ok: false; reason: SignatureFailure }> {
  const parsed = parseSignatureHeader(header);
  if (typeof parsed === 'string') return { ok: false, reason: parsed };
  if (secrets.length === 0) return { ok: false, reason: 'secret_not_configured' };
  if (parsed.timestamp < nowSecs - TOLERANCE_PAST_SECS) return { ok: false, reason: 'stale_timestamp' };
  if (parsed.timestamp > nowSecs + TOLERANCE_FUTURE_SECS) return { ok: false, reason: 'future_timestamp' };
  for (const secret of secrets) {
    const expected = encoder.encode(await hmacHex(secret, parsed.timestamp, rawBody));
    // Every candidate is compared in full, so timing does not tell which one (if any) matched.
    let matched = false;
    for (const candidate of parsed.signatures) matched = timingSafeEqual(encoder.encode(candidate), expected) || matched;
    if (matched) return { ok: true, timestamp: parsed.timestamp };
  }
  return { ok: false, reason: 'signature_mismatch' };
}
