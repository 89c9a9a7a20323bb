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

export type HeaderVerdict = { ok: true; signature: ParsedSignature } | { ok: false; reason: SignatureFailure };

/**
 * Everything that can be refused from the header alone: the receiver checks this before reading a
 * body of up to tens of MB, so a forged or stale delivery costs no memory.
 */
export function checkSignatureHeader(
  header: string | null,
  secrets: string[],
  nowSecs: number = Math.floor(Date.now() / 1000),
): HeaderVerdict {
  const parsed = parseSignatureHeader(header);
  if (typeof parsed === 'string') return { ok: false, reason: parsed };
  if (secrets.length === 0) return { ok: false, reason: 'secret_not_configured' };
  if (parsed.timestamp < nowSecs - TOLERANCE_PAST_SECS) return { ok: false, reason: 'stale_timestamp' };
  if (parsed.timestamp > nowSecs + TOLERANCE_FUTURE_SECS) return { ok: false, reason: 'future_timestamp' };
  return { ok: true, signature: parsed };
}

/** What is signed comes before the body: `<t>.` (the receiver reads the body in after it). */
export function signedPrefix(timestamp: number): Uint8Array {
  return encoder.encode(`${timestamp}.`);
}

async function hmacHex(secret: string, message: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return bytesToHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, message)));
}

/** `message` is the whole signed text, `<t>.<raw body>`, in one buffer. */
export async function matchesSignature(message: Uint8Array<ArrayBuffer>, signature: ParsedSignature, secrets: string[]): Promise<boolean> {
  for (const secret of secrets) {
    const expected = encoder.encode(await hmacHex(secret, message));
    // Every candidate is compared in full, so timing does not tell which one (if any) matched.
    let matched = false;
    for (const candidate of signature.signatures) matched = timingSafeEqual(encoder.encode(candidate), expected) || matched;
    if (matched) return true;
  }
  return false;
}
