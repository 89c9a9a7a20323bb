// How a secret is stored in KV: sealed with SECRETS_KEY plus a masked hint and who set it.
// Free of request context, so the demo kit can seed a local KV with the same format.
import { z } from 'zod';
import { encryptSecret, maskSecret } from '@/lib/crypto/secrets';
import type { KvStore, kvKeys } from '@/lib/kv/store';

export type SecretName = typeof kvKeys.apiKey | typeof kvKeys.webhookSecret;

const sealedSchema = z.object({ v: z.literal(1), iv: z.string(), ct: z.string() });
export const storedSecretSchema = z.object({
  sealed: sealedSchema,
  hint: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  previous: z.object({ sealed: sealedSchema, validUntil: z.string() }).optional(),
});
export type StoredSecret = z.infer<typeof storedSecretSchema>;

export function readStoredSecret(kv: KvStore, name: SecretName): Promise<StoredSecret | null> {
  return kv.getJson(name, storedSecretSchema);
}

/** Whether the rotated-out secret is still accepted at `nowMs`. */
export function hasValidPrevious(
  record: StoredSecret | null,
  nowMs: number,
): record is StoredSecret & { previous: NonNullable<StoredSecret['previous']> } {
  return record?.previous !== undefined && Date.parse(record.previous.validUntil) > nowMs;
}

/** The record as it was, minus the rotated-out secret: the current secret and who set it stay as they were. */
export function withoutPrevious(record: StoredSecret): StoredSecret {
  const { previous: _previous, ...rest } = record;
  return rest;
}

export async function writeSecretRecord(
  kv: KvStore,
  name: SecretName,
  plaintext: string,
  actor: string,
  secretsKey: string,
  options: { keepPreviousFor?: number; nowMs?: number } = {},
): Promise<{ rotated: boolean }> {
  const now = options.nowMs ?? Date.now();
  const existing = options.keepPreviousFor ? await readStoredSecret(kv, name) : null;
  const record: StoredSecret = {
    sealed: await encryptSecret(plaintext, secretsKey, name),
    hint: maskSecret(plaintext),
    updatedAt: new Date(now).toISOString(),
    updatedBy: actor,
  };
  if (existing && options.keepPreviousFor) {
    record.previous = { sealed: existing.sealed, validUntil: new Date(now + options.keepPreviousFor).toISOString() };
  }
  await kv.putJson(name, record);
  return { rotated: existing !== null };
}
