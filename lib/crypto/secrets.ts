// Secrets at rest (the ElevenLabs API key, the webhook secret) are AES-256-GCM encrypted under
// SECRETS_KEY, a Worker secret, so read access to the KV namespace alone does not reveal them.
// The KV key name is bound in as additional data: a value copied under another key fails to decrypt.
import { base64ToBytes, bytesToBase64 } from './encoding';

export interface EncryptedSecret {
  v: 1;
  iv: string;
  ct: string;
}

export class SecretDecryptionError extends Error {
  constructor() {
    super('A stored secret could not be decrypted: SECRETS_KEY differs from the one it was stored with.');
    this.name = 'SecretDecryptionError';
  }
}

const keyCache = new Map<string, Promise<CryptoKey>>();

function importSecretsKey(secretsKey: string): Promise<CryptoKey> {
  let key = keyCache.get(secretsKey);
  if (!key) {
    key = crypto.subtle.importKey('raw', base64ToBytes(secretsKey.trim()), 'AES-GCM', false, ['encrypt', 'decrypt']);
    keyCache.set(secretsKey, key);
  }
  return key;
}

export async function encryptSecret(plaintext: string, secretsKey: string, context: string): Promise<EncryptedSecret> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
    await importSecretsKey(secretsKey),
    new TextEncoder().encode(plaintext),
  );
  return { v: 1, iv: bytesToBase64(iv), ct: bytesToBase64(new Uint8Array(ciphertext)) };
}

export async function decryptSecret(sealed: EncryptedSecret, secretsKey: string, context: string): Promise<string> {
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(sealed.iv), additionalData: new TextEncoder().encode(context) },
      await importSecretsKey(secretsKey),
      base64ToBytes(sealed.ct),
    );
    return new TextDecoder().decode(plaintext);
  } catch {
    throw new SecretDecryptionError();
  }
}

/** What the settings page may show: the first characters up to `_` and the last four, e.g. `sk_…9f3a`. */
export function maskSecret(secret: string): string {
  const underscore = secret.indexOf('_');
  const prefix = underscore > 0 && underscore <= 5 ? secret.slice(0, underscore + 1) : '';
  return `${prefix}…${secret.slice(-4)}`;
}
