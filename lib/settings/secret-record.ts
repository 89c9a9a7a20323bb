// How a secret is stored in KV: sealed with SECRETS_KEY plus a masked hint and who set it.
// Free of request context and of 'server-only', so the demo kit (plain Node) seeds a local KV with
// the same records; lib/settings/records.ts holds the other settings records.
import { z } from 'zod';
import { encryptSecret, maskSecret } from '@/lib/crypto/secrets';
import { kvRecord } from '@/lib/kv/record';
import type { KvStore } from '@/lib/kv/store';

const sealedSchema = z.object({ v: z.literal(1), iv: z.string(), ct: z.string() });
export const storedSecretSchema = z.object({
  sealed: sealedSchema,
  hint: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  previous: z.object({ sealed: sealedSchema, validUntil: z.string() }).optional(),
});
export type StoredSecret = z.infer<typeof storedSecretSchema>;

/** The key name is also the secret's additional data when sealed: a value copied to another key fails to open. */
export const secretRecords = {
  apiKey: kvRecord({ key: 'elevenlabs_api_key', schema: storedSecretSchema }),
  webhookSecret: kvRecord({ key: 'elevenlabs_webhook_secret', schema: storedSecretSchema }),
};
export type SecretName = keyof typeof secretRecords;

/** What a secret is sealed against: its KV key name. */
export function sealingContext(name: SecretName): string {
  return secretRecords[name].key();
}

export function readStoredSecret(kv: KvStore, name: SecretName): Promise<StoredSecret | null> {
  return secretRecords[name].get(kv);
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
    sealed: await encryptSecret(plaintext, secretsKey, sealingContext(name)),
    hint: maskSecret(plaintext),
    updatedAt: new Date(now).toISOString(),
    updatedBy: actor,
  };
  if (existing && options.keepPreviousFor) {
    record.previous = { sealed: existing.sealed, validUntil: new Date(now + options.keepPreviousFor).toISOString() };
  }
  await secretRecords[name].put(kv, record);
  return { rotated: existing !== null };
}
