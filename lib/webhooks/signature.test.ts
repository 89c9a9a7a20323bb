import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifySignature } from '@/lib/testing/signature';
import { parseSignatureHeader } from './signature';

const SECRET = 'wsec_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const OLD_SECRET = 'wsec_fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210';
const NOW = 1_790_000_000;
const BODY = '{"type":"post_call_transcription","event_timestamp":1790000000,"data":{"conversation_id":"conv_1"}}';

/** Computed independently of the code under test (node:crypto, not WebCrypto). */
function sign(body: string, secret: string, t: number): string {
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('known-answer vector', () => {
  it('matches an HMAC computed by hand', () => {
    expect(sign('{"a":1}', 'secret', 1_700_000_000)).toBe(createHmac('sha256', 'secret').update('1700000000.{"a":1}').digest('hex'));
  });
});

describe('verifySignature', () => {
  const good = `t=${NOW},v0=${sign(BODY, SECRET, NOW)}`;
  it.each([
    ['a valid signature', good, [SECRET], BODY, NOW, true, undefined],
    ['several v0 values, one right', `t=${NOW},v0=${'0'.repeat(64)},v0=${sign(BODY, SECRET, NOW)}`, [SECRET], BODY, NOW, true, undefined],
    ['the previous secret during rotation', `t=${NOW},v0=${sign(BODY, OLD_SECRET, NOW)}`, [SECRET, OLD_SECRET], BODY, NOW, true, undefined],
    ['the previous secret after rotation ended', `t=${NOW},v0=${sign(BODY, OLD_SECRET, NOW)}`, [SECRET], BODY, NOW, false, 'signature_mismatch'],
    ['exactly 30 min old', `t=${NOW - 1800},v0=${sign(BODY, SECRET, NOW - 1800)}`, [SECRET], BODY, NOW, true, undefined],
    ['30 min and 1 s old', `t=${NOW - 1801},v0=${sign(BODY, SECRET, NOW - 1801)}`, [SECRET], BODY, NOW, false, 'stale_timestamp'],
    ['exactly 5 min ahead', `t=${NOW + 300},v0=${sign(BODY, SECRET, NOW + 300)}`, [SECRET], BODY, NOW, true, undefined],
    ['5 min and 1 s ahead', `t=${NOW + 301},v0=${sign(BODY, SECRET, NOW + 301)}`, [SECRET], BODY, NOW, false, 'future_timestamp'],
    ['a tampered body', good, [SECRET], BODY.replace('conv_1', 'conv_2'), NOW, false, 'signature_mismatch'],
    ['a re-serialised body', good, [SECRET], JSON.stringify(JSON.parse(BODY), null, 1), NOW, false, 'signature_mismatch'],
    ['a wrong secret', good, [OLD_SECRET], BODY, NOW, false, 'signature_mismatch'],
    ['no secret configured', good, [], BODY, NOW, false, 'secret_not_configured'],
    ['no header', null, [SECRET], BODY, NOW, false, 'missing_signature'],
    ['an empty header', '  ', [SECRET], BODY, NOW, false, 'missing_signature'],
    ['no t=', `v0=${sign(BODY, SECRET, NOW)}`, [SECRET], BODY, NOW, false, 'malformed_signature'],
    ['no v0=', `t=${NOW}`, [SECRET], BODY, NOW, false, 'malformed_signature'],
    ['a v1 scheme only', `t=${NOW},v1=${sign(BODY, SECRET, NOW)}`, [SECRET], BODY, NOW, false, 'malformed_signature'],
    ['garbage', 'hello world', [SECRET], BODY, NOW, false, 'malformed_signature'],
    ['a short hex', `t=${NOW},v0=abc`, [SECRET], BODY, NOW, false, 'malformed_signature'],
  ] as const)('%s', async (_name, header, secrets, body, now, ok, reason) => {
    const result = await verifySignature(bytes(body), header, [...secrets], now);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toBe(reason);
  });
});

describe('parseSignatureHeader', () => {
  it('accepts spaces and upper-case hex', () => {
    const hex = 'A'.repeat(64);
    expect(parseSignatureHeader(` t=12 , v0=${hex}`)).toEqual({ timestamp: 12, signatures: ['a'.repeat(64)] });
  });
});
