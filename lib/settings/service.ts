// Settings service: what the settings routes call.
import 'server-only';
import { AppError } from '@/lib/api/errors';
import { getConfig } from '@/lib/config';
import { ElevenLabsClient, userSchema, subscriptionSchema, type ClientOptions } from '@/lib/elevenlabs';
import { getKv } from '@/lib/kv';
import { ELEVENLABS_EGRESS_IPS } from './model';
import { API_REGIONS, PLAN_INFO, type ApiRegionName, type BillingPlanInput, type ConnectionTestResult, type IpAllowlistInput, type SettingsView } from './model';
import { appendAudit, readAudit } from '@/lib/audit/service';
import {
  dropPreviousWebhookSecret,
  readBillingPlan,
  readIpAllowlist,
  readRegion,
  readUpstreamAccess,
  writeBillingPlan,
  writeIpAllowlist,
  readSecretStates,
  writeRegion,
  writeSecret,
  WEBHOOK_ROTATION_WINDOW_MS,
} from './store';

/** The operator's override (the simulator in demo and tests) wins over the region's host. */
function baseUrlFor(region: ApiRegionName): { baseUrl: string; overridden: boolean } {
  const override = getConfig().ELEVENLABS_BASE_URL;
  return override ? { baseUrl: override, overridden: true } : { baseUrl: API_REGIONS[region].host, overridden: false };
}

export async function resolveBaseUrl(): Promise<{ baseUrl: string; overridden: boolean }> {
  return baseUrlFor(await readRegion());
}

/** The one way features reach ElevenLabs: a client with the saved key, for the saved region. */
export async function getElevenLabsClient(options: Partial<ClientOptions> = {}): Promise<ElevenLabsClient> {
  const { apiKey, region } = await readUpstreamAccess(getKv());
  return new ElevenLabsClient({ baseUrl: baseUrlFor(region).baseUrl, apiKey, ...options });
}

/** A client for a key that is not saved (Test connection on what was just typed), for the saved region. */
async function clientForKey(apiKey: string, options: Partial<ClientOptions>): Promise<ElevenLabsClient> {
  return new ElevenLabsClient({ baseUrl: baseUrlFor(await readRegion()).baseUrl, apiKey, ...options });
}

export const WEBHOOK_PATH = '/api/webhooks/elevenlabs';

/** Where ElevenLabs should send post-call webhooks: this deployment's public origin. */
export function webhookUrl(): string {
  return new URL(WEBHOOK_PATH, getConfig().AUTH_URL).toString();
}

export async function getSettingsView(): Promise<SettingsView> {
  const kv = getKv();
  const [secrets, region, allowlist, billingPlan, { baseUrl, overridden }, audit] = await Promise.all([
    readSecretStates(kv),
    readRegion(kv),
    readIpAllowlist(kv),
    readBillingPlan(kv),
    resolveBaseUrl(),
    readAudit(20, kv),
  ]);
  return {
    ...secrets,
    region,
    apiBaseUrl: baseUrl,
    baseUrlOverridden: overridden,
    webhookUrl: webhookUrl(),
    webhookIpAllowlist: { ...allowlist, published: ELEVENLABS_EGRESS_IPS },
    billingPlan,
    audit,
  };
}

export async function saveApiKey(apiKey: string, actor: string): Promise<void> {
  await writeSecret('apiKey', apiKey, actor);
  await appendAudit({ actor, action: 'api_key_set', detail: 'ElevenLabs API key replaced' });
}

export async function saveWebhookSecret(secret: string, actor: string): Promise<void> {
  const { rotated } = await writeSecret('webhookSecret', secret, actor, { keepPreviousFor: WEBHOOK_ROTATION_WINDOW_MS });
  await appendAudit({
    actor,
    action: rotated ? 'webhook_secret_rotated' : 'webhook_secret_set',
    detail: rotated ? 'Webhook secret rotated; the previous one stays valid for 24 hours' : 'Webhook secret set',
  });
}

/** No previous secret still valid is a no-op: nothing written, nothing audited. */
export async function revokePreviousWebhookSecret(actor: string): Promise<{ revoked: boolean }> {
  const revoked = await dropPreviousWebhookSecret();
  if (revoked) {
    await appendAudit({ actor, action: 'webhook_secret_previous_revoked', detail: 'Previous webhook secret revoked' });
  }
  return { revoked };
}

export async function saveRegion(region: ApiRegionName, actor: string): Promise<void> {
  await writeRegion(region);
  await appendAudit({ actor, action: 'region_set', detail: `API region set to ${region}` });
}

export async function saveIpAllowlist(allowlist: IpAllowlistInput, actor: string): Promise<void> {
  await writeIpAllowlist(allowlist);
  await appendAudit({
    actor,
    action: 'webhook_allowlist_set',
    detail: `Webhook source-IP allowlist ${allowlist.enabled ? 'on' : 'off'} (${allowlist.ips.length} addresses)`,
  });
}

export async function saveBillingPlan(input: BillingPlanInput, actor: string): Promise<void> {
  await writeBillingPlan(input);
  const plan = input.plan ? `Plan set to ${PLAN_INFO[input.plan].label}` : 'Plan left to the account';
  const rate = input.ratePerMinute === null ? 'published rate' : `$${input.ratePerMinute}/min`;
  await appendAudit({ actor, action: 'billing_plan_set', detail: `${plan}, ${rate}` });
}

/**
 * Calls a cheap endpoint and says, in words, whether the key works: the key given (typed in the
 * form, never stored by this) or else the saved one.
 */
export async function testConnection(typedKey?: string): Promise<ConnectionTestResult> {
  try {
    const options = { maxRetries: 0, timeoutMs: 8_000 };
    const client = typedKey ? await clientForKey(typedKey, options) : await getElevenLabsClient(options);
    await client.json('GET', '/v1/user', userSchema);
    const subscription = await client.json('GET', '/v1/user/subscription', subscriptionSchema).catch(() => null);
    return {
      status: 'valid',
      message: subscription ? `Connected. Plan: ${subscription.tier}.` : 'Connected.',
      tier: subscription?.tier,
    };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'config_missing' || error.code === 'server_misconfigured') throw error;
    // The answer shows in the key's card on Settings: the generic "Replace it in Settings" would
    // send the reader where they already are.
    if (error.code === 'invalid_api_key') {
      return {
        status: 'invalid',
        message: typedKey
          ? 'ElevenLabs rejected this key. Check that it was copied whole and try again.'
          : 'ElevenLabs rejected the saved key. Type a new one above and save it.',
      };
    }
    if (error.code === 'upstream_forbidden') return { status: 'invalid', message: error.message };
    return { status: 'unreachable', message: error.message };
  }
}
