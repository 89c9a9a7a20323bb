import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, PBKDF2_ITERATIONS } from './password';
import { decryptSecret, encryptSecret, maskSecret, SecretDecryptionError } from './secrets';
import { randomBytes } from 'node:crypto';
import { base64DecodedLength, base64ToBytes, sha256Hex, timingSafeEqual } from './encoding';

const KEY_A = btoa('a'.repeat(32));
const KEY_B = btoa('b'.repeat(32));

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('s3cret pass', 1000);
    expect(stored).toMatch(/^pbkdf2-sha256\$1000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('s3cret pass', stored)).toBe(true);
    expect(await verifyPassword('s3cret pasS', stored)).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('x', 1000)).not.toBe(await hashPassword('x', 1000));
  });

  it('defaults to the Workers ceiling of 100,000 iterations', async () => {
    expect(PBKDF2_ITERATIONS).toBe(100_000);
    expect(await hashPassword('x')).toMatch(/^pbkdf2-sha256\$100000\$/);
  });

  it.each([
    ['garbage'],
    ['bcrypt$10$abc$def'],
    ['pbkdf2-sha256$0$AAAA$AAAA'],
    ['pbkdf2-sha256$999999$AAAA$AAAA'],
    ['pbkdf2-sha256$1000$$'],
  ])('refuses a malformed stored hash %s', async (stored) => {
    expect(await verifyPassword('x', stored)).toBe(false);
  });
});

describe('secret encryption', () => {
  it('round-trips and never stores the plaintext', async () => {
    const sealed = await encryptSecret('sk_live_abcdef123456', KEY_A, 'elevenlabs_api_key');
    expect(JSON.stringify(sealed)).not.toContain('abcdef123456');
    expect(await decryptSecret(sealed, KEY_A, 'elevenlabs_api_key')).toBe('sk_live_abcdef123456');
  });

  it('fails with a clear error under the wrong SECRETS_KEY', async () => {
    const sealed = await encryptSecret('sk_x', KEY_A, 'elevenlabs_api_key');
    await expect(decryptSecret(sealed, KEY_B, 'elevenlabs_api_key')).rejects.toBeInstanceOf(SecretDecryptionError);
  });

  it('binds the KV key name: a value moved under another key does not decrypt', async () => {
    const sealed = await encryptSecret('sk_x', KEY_A, 'elevenlabs_api_key');
    await expect(decryptSecret(sealed, KEY_A, 'elevenlabs_webhook_secret')).rejects.toBeInstanceOf(SecretDecryptionError);
  });

  it.each([
    ['sk_3f2a9c0d1e2f3a4b5c6d7e8f9f3a', 'sk_…9f3a'],
    ['wsec_0123456789abcdef', 'wsec_…cdef'],
    ['plainsecretvalue1234', '…1234'],
  ])('masks %s as %s', (secret, masked) => {
    expect(maskSecret(secret)).toBe(masked);
  });
});

describe('timingSafeEqual', () => {
  it('compares contents and lengths', () => {
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1]), new Uint8Array([1, 2]))).toBe(false);
  });
});

describe('sha256Hex', () => {
  it('hashes text and its UTF-8 bytes alike (known answer)', async () => {
    const expected = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await sha256Hex('abc')).toBe(expected);
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(expected);
  });
});

describe('base64', () => {
  it.each([0, 1, 2, 3, 4, 5, 255, 256, 257, 5000])('%i random bytes round-trip, and the size is counted without decoding', (length) => {
    const bytes = randomBytes(length);
    const text = bytes.toString('base64');
    expect(base64DecodedLength(text)).toBe(length);
    expect(Buffer.from(base64ToBytes(text)).equals(bytes)).toBe(true);
  });

  it('skips whitespace (line-wrapped base64) as atob does', () => {
    const bytes = randomBytes(300);
    const wrapped = bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
    expect(base64DecodedLength(wrapped)).toBe(300);
    expect(Buffer.from(base64ToBytes(wrapped)).equals(bytes)).toBe(true);
  });

  it.each(['ab$d', 'abc\u00e9', 'ab-_'])('refuses %j', (text) => {
    expect(() => base64ToBytes(text)).toThrow();
  });
});
