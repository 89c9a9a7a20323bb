// Secrets and settings as stored in KV. Secrets are sealed with SECRETS_KEY (lib/crypto/secrets);
// only a masked hint is ever read back for display.
import { z } from 'zod';
import { AppError } from '@/lib/api/errors';
import { getConfig } from '@/lib/config';
import { decryptSecret, SecretDecryptionError } from '@/lib/crypto/secrets';
import { getKv, kvKeys, newestFirstId, type KvStore } from '@/lib/kv';
import { DEFAULT_IP_ALLOWLIST, type IpAllowlist } from './model';
import { ipAllowlistSchema, regionSchema } from './schemas';
import type { ApiRegionName, AuditEntry, SecretState } from './model';
import { hasValidPrevious, readStoredSecret, withoutPrevious, writeSecretRecord, type SecretName, type StoredSecret } from './secret-record';

/** After a webhook secret is replaced, deliveries signed with the old one are still accepted this long. */
export const WEBHOOK_ROTATION_WINDOW_MS = 24 * 60 * 60 * 1000;
const AUDIT_TTL_SECONDS = 365 * 24 * 60 * 60;

// One record for the plain (non-secret) settings; each field optional so older records still read.
const settingsSchema = z.object({
  region: regionSchema.optional(),
  webhookIpAllowlist: ipAllowlistSchema.optional(),
});
type SettingsRecord = z.infer<typeof settingsSchema>;
const auditEntrySchema = z.object({ at: z.string(), actor: z.string(), action: z.string(), detail: z.string() });

function secretsKey(): string {
  return getConfig().SECRETS_KEY;
}

async function openSecret(sealed: StoredSecret['sealed'], name: SecretName): Promise<string> {
  try {
    return await decryptSecret(sealed, secretsKey(), name);
  } catch (error) {
    if (error instanceof SecretDecryptionError) throw new AppError('server_misconfigured', error.message);
    throw error;
  }
}

export function secretStateOf(stored: StoredSecret | null): SecretState {
  return {
    configured: stored !== null,
    hint: stored?.hint ?? null,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}

export async function readSecretStates(kv: KvStore = getKv()) {
  const [apiKey, webhookSecret] = await Promise.all([
    readStoredSecret(kv, kvKeys.apiKey),
    readStoredSecret(kv, kvKeys.webhookSecret),
  ]);
  return {
    apiKey: secretStateOf(apiKey),
    webhookSecret: {
      ...secretStateOf(webhookSecret),
      previousValidUntil: hasValidPrevious(webhookSecret, Date.now()) ? webhookSecret.previous.validUntil : null,
    },
  };
}

/** Whether a key is saved; reads the record without opening it. */
export async function isApiKeyConfigured(kv: KvStore = getKv()): Promise<boolean> {
  return (await readStoredSecret(kv, kvKeys.apiKey)) !== null;
}

/** The plaintext ElevenLabs key, for the client only. No key saved -> config_missing. */
export async function readApiKey(kv: KvStore = getKv()): Promise<string> {
  const stored = await readStoredSecret(kv, kvKeys.apiKey);
  if (!stored) {
    throw new AppError('config_missing', 'No ElevenLabs API key is set yet. Add one in Settings.', { settingsPath: '/settings' });
  }
  return openSecret(stored.sealed, kvKeys.apiKey);
}

/** Current secret first, then the previous one while its rotation window lasts. Empty when none is set. */
export async function readWebhookSecrets(kv: KvStore = getKv(), nowMs = Date.now()): Promise<string[]> {
  const stored = await readStoredSecret(kv, kvKeys.webhookSecret);
  if (!stored) return [];
  const secrets = [await openSecret(stored.sealed, kvKeys.webhookSecret)];
  if (hasValidPrevious(stored, nowMs)) {
    secrets.push(await openSecret(stored.previous.sealed, kvKeys.webhookSecret));
  }
  return secrets;
}

/**
 * Ends the rotation window now: the record is rewritten without its previous secret. Returns false
 * and writes nothing when no previous secret is still valid, so a repeat (double click, two admins)
 * is harmless. A read-modify-write like the settings record: admin-only and rare.
 */
export async function dropPreviousWebhookSecret(kv: KvStore = getKv(), nowMs = Date.now()): Promise<boolean> {
  const stored = await readStoredSecret(kv, kvKeys.webhookSecret);
  if (!stored || !hasValidPrevious(stored, nowMs)) return false;
  await kv.putJson(kvKeys.webhookSecret, withoutPrevious(stored));
  return true;
}

export interface ReceiverSettings {
  secrets: string[];
  allowlist: IpAllowlist;
}

/**
 * What the webhook receiver checks against, read fresh for every delivery. Not cached in memory:
 * next-on-pages bundles each route separately, so a save in one route could not reset another
 * route's copy, and a just-saved secret or allowlist must apply at once.
 */
export async function readReceiverSettings(kv: KvStore = getKv()): Promise<ReceiverSettings> {
  const [secrets, allowlist] = await Promise.all([readWebhookSecrets(kv), readIpAllowlist(kv)]);
  return { secrets, allowlist };
}

/** What every call to ElevenLabs needs: the plaintext key and the region (read fresh, see above). */
export async function readUpstreamAccess(kv: KvStore = getKv()): Promise<{ apiKey: string; region: ApiRegionName }> {
  const [apiKey, region] = await Promise.all([readApiKey(kv), readRegion(kv)]);
  return { apiKey, region };
}

export async function writeSecret(
  name: SecretName,
  plaintext: string,
  actor: string,
  options: { keepPreviousFor?: number; kv?: KvStore; nowMs?: number } = {},
): Promise<{ rotated: boolean }> {
  return writeSecretRecord(options.kv ?? getKv(), name, plaintext, actor, secretsKey(), options);
}

async function readSettingsRecord(kv: KvStore): Promise<SettingsRecord> {
  return (await kv.getJson(kvKeys.settings, settingsSchema)) ?? {};
}

/** Admin-only and rare, so a read-modify-write of the one record is safe here. */
async function updateSettingsRecord(kv: KvStore, change: SettingsRecord): Promise<void> {
  await kv.putJson(kvKeys.settings, { ...(await readSettingsRecord(kv)), ...change });
}

export async function readRegion(kv: KvStore = getKv()): Promise<ApiRegionName> {
  return (await readSettingsRecord(kv)).region ?? 'default';
}

export async function writeRegion(region: ApiRegionName, kv: KvStore = getKv()): Promise<void> {
  await updateSettingsRecord(kv, { region });
}

export async function readIpAllowlist(kv: KvStore = getKv()): Promise<IpAllowlist> {
  return (await readSettingsRecord(kv)).webhookIpAllowlist ?? DEFAULT_IP_ALLOWLIST;
}

export async function writeIpAllowlist(allowlist: IpAllowlist, kv: KvStore = getKv()): Promise<void> {
  await updateSettingsRecord(kv, { webhookIpAllowlist: allowlist });
}

/** One key per entry (no shared list to read-modify-write); the metadata carries the entry for listing. */
export async function appendAudit(entry: Omit<AuditEntry, 'at'>, kv: KvStore = getKv(), nowMs = Date.now()): Promise<void> {
  const full: AuditEntry = { ...entry, at: new Date(nowMs).toISOString() };
  await kv.putJson(kvKeys.audit(newestFirstId(nowMs)), full, { metadata: full, expirationTtl: AUDIT_TTL_SECONDS });
}

export async function readAudit(limit = 20, kv: KvStore = getKv()): Promise<AuditEntry[]> {
  const { entries } = await kv.list<AuditEntry>(kvKeys.auditPrefix, { limit });
  return entries.flatMap(({ metadata }) => {
    const parsed = auditEntrySchema.safeParse(metadata);
    return parsed.success ? [parsed.data as AuditEntry] : [];
  });
}
