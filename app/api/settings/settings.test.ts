// Settings routes against real local KV, with the session check stubbed at its one entry point.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAdminSession } from '@/lib/auth/session';
import { ipAllowlistRecord, legacySettingsRecord, regionRecord } from '@/lib/settings/records';
import { secretRecords } from '@/lib/settings/secret-record';
import { isApiKeyConfigured, readReceiverSettings } from '@/lib/settings/store';
import { verifySignature } from '@/lib/testing/signature';
import { startTestPlatform, type TestPlatform } from '@/lib/testing/platform';
import { callRoute } from '@/lib/testing/routes';
import * as settingsRoute from './route';
import * as apiKeyRoute from './api-key/route';
import * as webhookSecretRoute from './webhook-secret/route';
import * as previousSecretRoute from './webhook-secret/previous/route';
import * as regionRoute from './region/route';
import * as billingPlanRoute from './billing-plan/route';
import * as allowlistRoute from './webhook-allowlist/route';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

const API_KEY = 'sk_4c8e1f0a9b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a9f3a';
const SECRET = 'wsec_00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.dispose());
beforeEach(() => {
  vi.mocked(getAdminSession).mockResolvedValue({ email: 'admin@example.com', role: 'admin' });
});

describe('without a session', () => {
  it.each([
    ['GET /api/settings', () => callRoute(settingsRoute.GET, 'GET', '/api/settings')],
    ['PUT /api/settings/api-key', () => callRoute(apiKeyRoute.PUT, 'PUT', '/api/settings/api-key', { apiKey: API_KEY })],
    ['PUT /api/settings/webhook-secret', () => callRoute(webhookSecretRoute.PUT, 'PUT', '/api/settings/webhook-secret', { secret: SECRET })],
    ['PUT /api/settings/region', () => callRoute(regionRoute.PUT, 'PUT', '/api/settings/region', { region: 'eu' })],
    ['PUT /api/settings/billing-plan', () => callRoute(billingPlanRoute.PUT, 'PUT', '/api/settings/billing-plan', { plan: 'pro', ratePerMinute: null })],
    ['DELETE /api/settings/webhook-secret/previous', () => callRoute(previousSecretRoute.DELETE, 'DELETE', '/api/settings/webhook-secret/previous')],
  ])('%s answers 401 and writes nothing', async (_name, call) => {
    vi.mocked(getAdminSession).mockResolvedValue(null);
    const { status, body } = await call();
    expect(status).toBe(401);
    expect(body).toEqual({ error: { code: 'unauthenticated', message: 'Sign in to continue.' } });
    expect(await platform.env.KV.get(secretRecords.apiKey.key())).toBeNull();
  });
});

describe('with a session whose role lacks the permission', () => {
  it('answers 403 and writes nothing', async () => {
    vi.mocked(getAdminSession).mockResolvedValue({ email: 'viewer@example.com', role: 'viewer' as 'admin' });
    const { status, body } = await callRoute(apiKeyRoute.PUT, 'PUT', '/api/settings/api-key', { apiKey: API_KEY });
    expect(status).toBe(403);
    expect(body.error.code).toBe('forbidden');
    expect(await platform.env.KV.get(secretRecords.apiKey.key())).toBeNull();
  });
});

describe('the account check the data pages make on the server', () => {
  it('reads no key until one is saved, then a key, without opening it', async () => {
    expect(await isApiKeyConfigured()).toBe(false);
    expect((await callRoute(apiKeyRoute.PUT, 'PUT', '/api/settings/api-key', { apiKey: API_KEY })).status).toBe(200);
    expect(await isApiKeyConfigured()).toBe(true);
    // Back to a workspace without a key, as the tests below expect.
    await platform.env.KV.delete(secretRecords.apiKey.key());
    expect(await isApiKeyConfigured()).toBe(false);
  });
});

describe('bad input', () => {
  it.each([
    [{ apiKey: 'short' }, 'apiKey'],
    [{ apiKey: 'has spaces in the middle of it' }, 'apiKey'],
    [{}, 'apiKey'],
    [{ apiKey: API_KEY, extra: 1 }, 'extra'],
    [{ apiKey: 42 }, 'apiKey'],
  ])('PUT api-key %j -> 422 naming %s', async (body, field) => {
    const response = await callRoute(apiKeyRoute.PUT, 'PUT', '/api/settings/api-key', body);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['', 'empty'],
  ])('PUT api-key with body %j -> 400', async (raw, words) => {
    const response = await callRoute(apiKeyRoute.PUT, 'PUT', '/api/settings/api-key', raw, { raw: true });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(words);
  });

  it('PUT region with an unknown region -> 422', async () => {
    const response = await callRoute(regionRoute.PUT, 'PUT', '/api/settings/region', { region: 'mars' });
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields[0].field).toBe('region');
  });

  it.each([
    ['an unknown plan', { plan: 'platinum', ratePerMinute: null }, 'plan', /must be one of free, starter/],
    ['a rate of zero', { plan: 'pro', ratePerMinute: 0 }, 'ratePerMinute', /above 0/],
    ['a rate in cents', { plan: 'pro', ratePerMinute: 8 * 100 }, 'ratePerMinute', /at most 10/],
    ['a rate as text', { plan: null, ratePerMinute: '0.08' }, 'ratePerMinute', /price per minute/],
    ['the plan left out', { ratePerMinute: null }, 'plan', /.+/],
  ])('PUT billing-plan with %s -> 422 naming the field, nothing saved', async (_name, input, field, message) => {
    const response = await callRoute(billingPlanRoute.PUT, 'PUT', '/api/settings/billing-plan', input);
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields).toEqual([expect.objectContaining({ field, message: expect.stringMatching(message) })]);
    expect(await platform.env.KV.get('voicedesk_settings:billing_plan')).toBeNull();
  });
});

describe('saving secrets', () => {
  it('stores the API key encrypted and shows it only masked', async () => {
    const response = await callRoute(apiKeyRoute.PUT, 'PUT', '/api/settings/api-key', { apiKey: API_KEY });
    expect(response.status).toBe(200);
    expect(response.body.apiKey).toMatchObject({ configured: true, hint: 'sk_…9f3a', updatedBy: 'admin@example.com' });
    expect(response.text).not.toContain(API_KEY);
    const stored = await platform.env.KV.get(secretRecords.apiKey.key());
    expect(stored).not.toBeNull();
    expect(stored).not.toContain(API_KEY.slice(3, 20));

    const view = await callRoute(settingsRoute.GET, 'GET', '/api/settings');
    expect(view.text).not.toContain(API_KEY);
    expect(view.body.audit[0]).toMatchObject({ action: 'api_key_set', actor: 'admin@example.com' });
  });

  it('rotates the webhook secret and keeps the previous one valid for a while', async () => {
    await callRoute(webhookSecretRoute.PUT, 'PUT', '/api/settings/webhook-secret', { secret: SECRET });
    const rotated = await callRoute(webhookSecretRoute.PUT, 'PUT', '/api/settings/webhook-secret', {
      secret: SECRET.replace('00', 'ff'),
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.webhookSecret.configured).toBe(true);
    expect(Date.parse(rotated.body.webhookSecret.previousValidUntil)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(rotated.text).not.toContain(SECRET);
    expect(rotated.body.audit.map((e: { action: string }) => e.action).slice(0, 2)).toEqual([
      'webhook_secret_rotated',
      'webhook_secret_set',
    ]);
    expect(rotated.body.webhookUrl).toBe('http://localhost:8788/api/webhooks/elevenlabs');
  });

  it('saves the region, which decides the base URL unless overridden', async () => {
    const saved = await callRoute(regionRoute.PUT, 'PUT', '/api/settings/region', { region: 'eu' });
    expect(saved.body).toMatchObject({ region: 'eu', apiBaseUrl: 'https://api.eu.residency.elevenlabs.io', baseUrlOverridden: false });
    platform.env.ELEVENLABS_BASE_URL = 'http://127.0.0.1:9';
    const overridden = await callRoute(settingsRoute.GET, 'GET', '/api/settings');
    delete platform.env.ELEVENLABS_BASE_URL;
    expect(overridden.body).toMatchObject({ apiBaseUrl: 'http://127.0.0.1:9', baseUrlOverridden: true });
  });
});

describe('the plan for batch estimates', () => {
  it('is not set until saved; saving shows it in the view, stores it under its own key, and is audited', async () => {
    expect((await callRoute(settingsRoute.GET, 'GET', '/api/settings')).body.billingPlan).toEqual({ plan: null, ratePerMinute: null });
    const saved = await callRoute(billingPlanRoute.PUT, 'PUT', '/api/settings/billing-plan', { plan: 'business', ratePerMinute: 0.07 });
    expect(saved.status).toBe(200);
    expect(saved.body.billingPlan).toEqual({ plan: 'business', ratePerMinute: 0.07 });
    expect(JSON.parse((await platform.env.KV.get('voicedesk_settings:billing_plan'))!)).toEqual({ plan: 'business', ratePerMinute: 0.07 });
    expect(saved.body.audit[0]).toMatchObject({ action: 'billing_plan_set', actor: 'admin@example.com', detail: 'Plan set to Business, $0.07/min' });
    const cleared = await callRoute(billingPlanRoute.PUT, 'PUT', '/api/settings/billing-plan', { plan: null, ratePerMinute: null });
    expect(cleared.body.billingPlan).toEqual({ plan: null, ratePerMinute: null });
    expect(cleared.body.audit[0].detail).toBe('Plan left to the account, published rate');
  });
});

describe('revoking the previous webhook secret', () => {
  const OLD = `wsec_${'a'.repeat(64)}`;
  const NEW = `wsec_${'b'.repeat(64)}`;
  const revoke = () => callRoute(previousSecretRoute.DELETE, 'DELETE', '/api/settings/webhook-secret/previous');

  /** Whether the receiver's secret list would accept a delivery signed with `secret` right now. */
  async function accepts(secret: string): Promise<boolean> {
    const body = '{"type":"post_call_transcription","event_timestamp":1,"data":{}}';
    const t = Math.floor(Date.now() / 1000);
    const header = `t=${t},v0=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
    const { secrets } = await readReceiverSettings();
    return (await verifySignature(new TextEncoder().encode(body), header, secrets, t)).ok;
  }

  it('refuses deliveries signed with the previous secret at once, keeps the current one, and is audited', async () => {
    await callRoute(webhookSecretRoute.PUT, 'PUT', '/api/settings/webhook-secret', { secret: OLD });
    await callRoute(webhookSecretRoute.PUT, 'PUT', '/api/settings/webhook-secret', { secret: NEW });
    expect(await accepts(OLD)).toBe(true);

    const revoked = await revoke();
    expect(revoked.status).toBe(200);
    expect(revoked.body.webhookSecret).toMatchObject({ configured: true, hint: 'wsec_…bbbb', previousValidUntil: null });
    expect(revoked.body.audit[0]).toMatchObject({
      action: 'webhook_secret_previous_revoked',
      actor: 'admin@example.com',
      detail: 'Previous webhook secret revoked',
    });
    expect(await accepts(OLD)).toBe(false);
    expect(await accepts(NEW)).toBe(true);
    expect(await platform.env.KV.get(secretRecords.webhookSecret.key())).not.toContain('previous');
  });

  it('with no previous secret still valid is a no-op: 200, nothing written, nothing audited', async () => {
    const before = await platform.env.KV.get(secretRecords.webhookSecret.key());
    const auditBefore = (await callRoute(settingsRoute.GET, 'GET', '/api/settings')).body.audit;
    const again = await revoke();
    expect(again.status).toBe(200);
    expect(again.body.webhookSecret.previousValidUntil).toBeNull();
    expect(again.body.audit).toEqual(auditBefore);
    expect(await platform.env.KV.get(secretRecords.webhookSecret.key())).toBe(before);
    expect(await accepts(NEW)).toBe(true);
  });
});

describe('webhook source-IP allowlist', () => {
  const put = (body: unknown) => callRoute(allowlistRoute.PUT, 'PUT', '/api/settings/webhook-allowlist', body);

  it('is off by default and offers every published ElevenLabs address', async () => {
    const { body } = await callRoute(settingsRoute.GET, 'GET', '/api/settings');
    expect(body.webhookIpAllowlist.enabled).toBe(false);
    expect(body.webhookIpAllowlist.ips).toHaveLength(12);
    expect(body.webhookIpAllowlist.published.map((r: { region: string }) => r.region)).toContain('Singapore residency');
  });

  it.each([
    [{ enabled: 'yes', ips: [] }, 'enabled'],
    [{ enabled: true, ips: ['34.67.146.145', 'not-an-ip'] }, 'ips.1'],
    [{ enabled: true, ips: ['300.1.1.1'] }, 'ips.0'],
    [{ enabled: true, ips: [] }, 'ips'],
    [{ enabled: false, ips: [], extra: 1 }, 'extra'],
  ])('%j -> 422 naming %s', async (input, field) => {
    const response = await put(input);
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('saves, de-duplicates, keeps the region, and is audited', async () => {
    await callRoute(regionRoute.PUT, 'PUT', '/api/settings/region', { region: 'us' });
    const saved = await put({ enabled: true, ips: ['34.67.146.145', '2001:db8::1', '34.67.146.145'] });
    expect(saved.status).toBe(200);
    expect(saved.body.webhookIpAllowlist).toMatchObject({ enabled: true, ips: ['34.67.146.145', '2001:db8::1'] });
    expect(saved.body.region).toBe('us');
    expect(saved.body.audit[0]).toMatchObject({ action: 'webhook_allowlist_set', detail: expect.stringContaining('on (2 addresses)') });
    await put({ enabled: false, ips: ['34.67.146.145'] });
  });
});

describe('one key per setting', () => {
  const raw = (key: string) => platform.env.KV.get(key);

  afterAll(async () => {
    await Promise.all([regionRecord.key(), ipAllowlistRecord.key(), legacySettingsRecord.key()].map((key) => platform.env.KV.delete(key)));
  });

  it('writes the region and the allowlist each to its own key, never the combined record', async () => {
    await callRoute(regionRoute.PUT, 'PUT', '/api/settings/region', { region: 'sg' });
    await callRoute(allowlistRoute.PUT, 'PUT', '/api/settings/webhook-allowlist', { enabled: true, ips: ['34.87.23.17'] });
    expect(JSON.parse((await raw('voicedesk_settings:region'))!)).toBe('sg');
    expect(JSON.parse((await raw('voicedesk_settings:webhook_ip_allowlist'))!)).toEqual({ enabled: true, ips: ['34.87.23.17'] });
    expect(await raw('voicedesk_settings')).toBeNull();
  });

  it('two saves at once keep both settings', async () => {
    await Promise.all([
      callRoute(regionRoute.PUT, 'PUT', '/api/settings/region', { region: 'in' }),
      callRoute(allowlistRoute.PUT, 'PUT', '/api/settings/webhook-allowlist', { enabled: false, ips: ['34.93.26.174'] }),
    ]);
    const { body } = await callRoute(settingsRoute.GET, 'GET', '/api/settings');
    expect(body.region).toBe('in');
    expect(body.webhookIpAllowlist).toMatchObject({ enabled: false, ips: ['34.93.26.174'] });
  });

  it('reads a setting never saved since the split from the combined record older deployments wrote', async () => {
    await Promise.all([regionRecord.key(), ipAllowlistRecord.key()].map((key) => platform.env.KV.delete(key)));
    await platform.env.KV.put('voicedesk_settings', JSON.stringify({ region: 'eu', webhookIpAllowlist: { enabled: true, ips: ['35.204.38.71'] } }));
    const legacy = await callRoute(settingsRoute.GET, 'GET', '/api/settings');
    expect(legacy.body.region).toBe('eu');
    expect(legacy.body.webhookIpAllowlist).toMatchObject({ enabled: true, ips: ['35.204.38.71'] });
    expect((await readReceiverSettings()).allowlist).toEqual({ enabled: true, ips: ['35.204.38.71'] });

    // A save wins over the legacy value for that setting only.
    await callRoute(regionRoute.PUT, 'PUT', '/api/settings/region', { region: 'us' });
    const after = await callRoute(settingsRoute.GET, 'GET', '/api/settings');
    expect(after.body.region).toBe('us');
    expect(after.body.webhookIpAllowlist).toMatchObject({ enabled: true, ips: ['35.204.38.71'] });
  });
});

describe('configuration errors', () => {
  it('a wrong SECRETS_KEY is a clear configuration error, never a plaintext fallback', async () => {
    await callRoute(apiKeyRoute.PUT, 'PUT', '/api/settings/api-key', { apiKey: API_KEY });
    const original = platform.env.SECRETS_KEY;
    platform.env.SECRETS_KEY = btoa('z'.repeat(32));
    const { testConnectionRoute } = await import('@/lib/testing/routes');
    const response = await testConnectionRoute();
    platform.env.SECRETS_KEY = original;
    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe('server_misconfigured');
    expect(response.body.error.message).toContain('SECRETS_KEY');
  });

  it('a missing SECRETS_KEY names the variable', async () => {
    const original = platform.env.SECRETS_KEY;
    delete platform.env.SECRETS_KEY;
    const response = await callRoute(settingsRoute.GET, 'GET', '/api/settings');
    platform.env.SECRETS_KEY = original;
    expect(response.status).toBe(500);
    expect(response.body.error).toMatchObject({ code: 'server_misconfigured' });
    expect(response.body.error.message).toContain('SECRETS_KEY is not set');
  });
});
