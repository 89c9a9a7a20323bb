// Both steps of the receiver's signature check over a body already in memory (the receiver itself
// checks the header before it reads the body): what tests sign and verify with.
import { checkSignatureHeader, matchesSignature, signedPrefix, type SignatureFailure } from '@/lib/webhooks/signature';

export async function verifySignature(
  rawBody: Uint8Array,
  header: string | null,
  secrets: string[],
  nowSecs: number = Math.floor(Date.now() / 1000),
): Promise<{ ok: true; timestamp: number } | { ok: false; reason: SignatureFailure }> {
  const verdict = checkSignatureHeader(header, secrets, nowSecs);
  if (!verdict.ok) return verdict;
  const prefix = signedPrefix(verdict.signature.timestamp);
  const message = new Uint8Array(prefix.length + rawBody.length);
  message.set(prefix);
  message.set(rawBody, prefix.length);
  return (await matchesSignature(message, verdict.signature, secrets))
    ? { ok: true, timestamp: verdict.signature.timestamp }
    : { ok: false, reason: 'signature_mismatch' };
}
