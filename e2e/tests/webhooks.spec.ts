// The simulator sends real signed webhooks to the built worker; the conversation then opens from
// the webhook copy, and its audio plays from the copy the audio webhook delivered.
import type { APIRequestContext } from '@playwright/test';
import { DEFAULT_ALLOWED_IPS } from '../../lib/settings/model';
import { expect, test } from './fixtures';
import { SIMULATOR_URL as SIMULATOR, simulatorConversation } from './helpers';

test.use({ startState: { apiKey: true, webhookSecret: true } });

/** A finished call with a recording. This file starts from empty KV, so no copy from the API is stored yet (one would never be replaced by a webhook). */
function prepare(request: APIRequestContext): Promise<string> {
  return simulatorConversation(request, (detail) => detail.has_audio && detail.status === 'done');
}

async function simulatorSends(request: APIRequestContext, type: string, conversationId: string): Promise<number> {
  const sent = await (await request.post(`${SIMULATOR}/_sim/webhooks/send`, { data: { type, conversation_id: conversationId } })).json();
  return sent.delivery.status;
}

test('a delivered transcription and audio are what the conversation page shows and plays', async ({ page, request }) => {
  const id = await prepare(request);
  for (const type of ['post_call_transcription', 'post_call_audio']) expect(await simulatorSends(request, type, id)).toBe(200);
  // A tampered delivery is refused.
  const tampered = await request.post('/api/webhooks/elevenlabs', {
    headers: { 'elevenlabs-signature': `t=${Math.floor(Date.now() / 1000)},v0=${'0'.repeat(64)}` },
    data: { type: 'post_call_transcription', event_timestamp: 1, data: { agent_id: 'a', conversation_id: id } },
  });
  expect(tampered.status(), await tampered.text()).toBe(401);

  await expect.poll(async () => (await request.get(`/api/conversations/${id}`)).headers()['x-cache']).toBe('hit');
  const stored = await (await request.get(`/api/conversations/${id}`)).json();
  expect(stored.source).toBe('webhook');
  const audio = await request.get(`/api/conversations/${id}/audio`, { headers: { range: 'bytes=0-99' } });
  expect(audio.status()).toBe(206);
  expect(audio.headers()['x-audio-source']).toBe('kv');

  await page.goto(`/conversations/${id}`);
  await page.getByTestId('audio-toggle').click();
  await expect
    .poll(() => page.getByTestId('audio-element').evaluate((el: HTMLAudioElement) => el.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0.2);
});

test('the webhooks page: health, the log newest first, a type filter, the payload viewer, and the IP allowlist', async ({ page, request, isMobile }) => {
  const id = await prepare(request);
  const refusedBefore = (await (await request.get('/api/webhooks/health')).json()).rejections24h;
  expect(await simulatorSends(request, 'post_call_transcription', id)).toBe(200);
  expect(await simulatorSends(request, 'post_call_audio', id)).toBe(200);
  const forged = await request.post('/api/webhooks/elevenlabs', {
    headers: { 'elevenlabs-signature': `t=${Math.floor(Date.now() / 1000)},v0=${'f'.repeat(64)}` },
    data: { type: 'post_call_transcription', event_timestamp: 1, data: { agent_id: 'a', conversation_id: id } },
  });
  expect(forged.status(), await forged.text()).toBe(401);
  // Refusals are tallied in memory and written a few seconds later, once per burst.
  await expect
    .poll(async () => (await (await request.get('/api/webhooks/health')).json()).rejections24h.signature_mismatch ?? 0, { timeout: 20_000 })
    .toBe((refusedBefore.signature_mismatch ?? 0) + 1);

  await page.goto('/webhooks');
  await expect(page.getByTestId('webhooks-url')).toHaveText(/\/api\/webhooks\/elevenlabs$/);
  await expect(page.getByTestId('webhooks-secret-state')).toContainText('wsec_');
  await expect(page.getByTestId('webhooks-last-delivery')).toHaveText(/now|second/);
  await expect(page.getByTestId('webhooks-refusals')).toContainText('Signature does not match');

  const rows = page.getByTestId(isMobile ? 'delivery-card' : 'delivery-row');
  await expect(rows.first()).toContainText('Audio');
  await expect(rows.nth(1)).toContainText('Transcription');
  await expect(rows.first()).toContainText(id);

  await page.getByTestId('delivery-type-filter').selectOption({ label: 'Transcription' });
  await expect(page).toHaveURL(/type=post_call_transcription/);
  await expect(rows.first()).toContainText('Transcription');
  expect(await rows.filter({ hasText: 'Audio' }).count()).toBe(0);
  await page.goBack();
  await expect(page).not.toHaveURL(/type=/);
  await expect(rows.first()).toContainText('Audio');

  await page.getByTestId('delivery-open').filter({ visible: true }).first().click();
  const viewer = page.getByTestId('delivery-viewer');
  await expect(viewer.getByTestId('delivery-audio')).toContainText('MP3 recording');
  await expect(viewer.getByTestId('delivery-payload')).toContainText('bytes of MP3');
  expect((await viewer.getByTestId('delivery-payload').textContent())!.length).toBeLessThan(3000);
  // Long payload lines scroll inside the viewer; the dialog itself stays within the screen.
  const box = (await viewer.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  // The allowlist, switched on in Settings (the webhooks page links there) with only ElevenLabs'
  // addresses, turns the simulator away.
  try {
    await page.getByTestId('webhooks-allowlist-settings').click();
    await expect(page).toHaveURL(/\/settings#ip-allowlist$/);
    await page.getByTestId('ip-allowlist-switch').click();
    await page.getByTestId('save-ip-allowlist').click();
    await expect(page.getByText('Allowlist on', { exact: true })).toBeVisible();
    await page.goto('/webhooks');
    await expect(page.getByTestId('webhooks-allowlist-state')).toHaveText(/On \(12 addresses\)/);
    expect(await simulatorSends(request, 'post_call_transcription', id)).toBe(403);
    // The runtime reports the caller's address as Cloudflare would (CF-Connecting-IP): allowing it lets it in.
    expect((await request.put('/api/settings/webhook-allowlist', { data: { enabled: true, ips: ['127.0.0.1'] } })).ok()).toBe(true);
    expect(await simulatorSends(request, 'post_call_transcription', id)).toBe(200);
  } finally {
    await request.put('/api/settings/webhook-allowlist', { data: { enabled: false, ips: DEFAULT_ALLOWED_IPS } });
  }
  expect(await simulatorSends(request, 'post_call_transcription', id)).toBe(200);
});

test('a bad address in the allowlist is named, and nothing is saved', async ({ page }) => {
  await page.goto('/settings');
  await page.getByTestId('ip-allowlist-ips').fill('34.67.146.145\n999.1.2.3');
  await page.getByTestId('ip-allowlist-switch').click();
  await page.getByTestId('save-ip-allowlist').click();
  await expect(page.getByTestId('ip-allowlist-problems')).toContainText('“999.1.2.3” must be an IPv4 or IPv6 address');
  await page.goto('/webhooks');
  await expect(page.getByTestId('webhooks-allowlist-state')).toHaveText(/^Off/);
});
