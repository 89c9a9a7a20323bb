// Secrets and settings as stored in KV. Secrets are sealed with SECRETS_KEY (lib/crypto/secrets);
// only a masked hint is ever read back for display.
import { AppError } from '@/lib/api/errors';
import { getConfig } from '@/lib/config';
import { decryptSecret, SecretDecryptionError } from '@/lib/crypto/secrets';
import { getKv, type KvStore } from '@/lib/kv';
import { DEFAULT_IP_ALLOWLIST, NO_BILLING_PLAN, type BillingPlan, type IpAllowlist } from './model';
import type { ApiRegionName, SecretState } from './model';
import { billingPlanRecord, ipAllowlistRecord, legacySettingsRecord, regionRecord, type LegacySettings } from './records';
import {
  hasValidPrevious,
  readStoredSecret,
  sealingContext,
  secretRecords,
  withoutPrevious,
  writeSecretRecord,
  type SecretName,
  type StoredSecret,
} from './secret-record';

/** After a webhook secret is replaced, deliveries signed with the old one are still accepted this long. */
export const WEBHOOK_ROTATION_WINDOW_MS = 24 * 60 * 60 * 1000;

function secretsKey(): string {
  return getConfig().SECRETS_KEY;
}

async function openSecret(sealed: StoredSecret['sealed'], name: SecretName): Promise<string> {
  try {
    return await decryptSecret(sealed, secretsKey(), sealingContext(name));
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
    readStoredSecret(kv, 'apiKey'),
    readStoredSecret(kv, 'webhookSecret'),
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
  return (await readStoredSecret(kv, 'apiKey')) !== null;
}

/** The plaintext ElevenLabs key, for the client only. No key saved -> config_missing. */
export async function readApiKey(kv: KvStore = getKv()): Promise<string> {
  const stored = await readStoredSecret(kv, 'apiKey');
  if (!stored) {
    throw new AppError('config_missing', 'No ElevenLabs API key is set yet. Add one in Settings.', { settingsPath: '/settings' });
  }
  return openSecret(stored.sealed, 'apiKey');
}

/** Current secret first, then the previous one while its rotation window lasts. Empty when none is set. */
export async function readWebhookSecrets(kv: KvStore = getKv(), nowMs = Date.now()): Promise<string[]> {
  const stored = await readStoredSecret(kv, 'webhookSecret');
  if (!stored) return [];
  const secrets = [await openSecret(stored.sealed, 'webhookSecret')];
  if (hasValidPrevious(stored, nowMs)) {
    secrets.push(await openSecret(stored.previous.sealed, 'webhookSecret'));
  }
  return secrets;
}

/**
 * Ends the rotation window now: the record is rewritten without its previous secret. Returns false
 * and writes nothing when no previous secret is still valid, so a repeat (double click, two admins)
 * is harmless. A read-modify-write of the secret's one key: admin-only and rare.
 */
export async function dropPreviousWebhookSecret(kv: KvStore = getKv(), nowMs = Date.now()): Promise<boolean> {
  const stored = await readStoredSecret(kv, 'webhookSecret');
  if (!stored || !hasValidPrevious(stored, nowMs)) return false;
  await secretRecords.webhookSecret.put(kv, withoutPrevious(stored));
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

/**
 * A setting never saved since the split reads from the combined record older deployments wrote. Both
 * keys are read at once: these reads sit on every webhook delivery and every upstream call, and a
 * setting never saved (the default) would otherwise cost two round trips in a row.
 */
async function readWithLegacy<T>(saved: Promise<T | null>, fromLegacy: (legacy: LegacySettings) => T | undefined, kv: KvStore): Promise<T | undefined> {
  const [value, legacy] = await Promise.all([saved, legacySettingsRecord.get(kv)]);
  return value ?? (legacy ? fromLegacy(legacy) : undefined);
}

export async function readRegion(kv: KvStore = getKv()): Promise<ApiRegionName> {
  return (await readWithLegacy(regionRecord.get(kv), (legacy) => legacy.region, kv)) ?? 'default';
}

export async function writeRegion(region: ApiRegionName, kv: KvStore = getKv()): Promise<void> {
  await regionRecord.put(kv, region);
}

export async function readIpAllowlist(kv: KvStore = getKv()): Promise<IpAllowlist> {
  return (await readWithLegacy(ipAllowlistRecord.get(kv), (legacy) => legacy.webhookIpAllowlist, kv)) ?? DEFAULT_IP_ALLOWLIST;
}

export async function writeIpAllowlist(allowlist: IpAllowlist, kv: KvStore = getKv()): Promise<void> {
  await ipAllowlistRecord.put(kv, allowlist);
}

/** Newer than the combined record, so no legacy fallback: never saved is "not set". */
export async function readBillingPlan(kv: KvStore = getKv()): Promise<BillingPlan> {
  return (await billingPlanRecord.get(kv)) ?? NO_BILLING_PLAN;
}

export async function writeBillingPlan(plan: BillingPlan, kv: KvStore = getKv()): Promise<void> {
  await billingPlanRecord.put(kv, plan);
}
