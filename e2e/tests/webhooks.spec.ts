// The simulator sends real signed webhooks to the built worker; the conversation then opens from
// the webhook copy, and its audio plays from the copy the audio webhook delivered.
import { expect, test } from '@playwright/test';
import { E2E } from '../kit/constants';
import { SIMULATOR_DEFAULT_WEBHOOK_SECRET } from '../simulator/defaults';
import { SIMULATOR_KEY } from './helpers';

const SIMULATOR = `http://127.0.0.1:${E2E.simulatorPort}`;

test('a delivered transcription and audio are what the conversation page shows and plays', async ({ page, request }) => {
  expect((await request.put('/api/settings/api-key', { data: { apiKey: SIMULATOR_KEY } })).ok()).toBe(true);
  expect((await request.put('/api/settings/webhook-secret', { data: { secret: SIMULATOR_DEFAULT_WEBHOOK_SECRET } })).ok()).toBe(true);

  const headers = { 'xi-api-key': SIMULATOR_KEY };
  const list = await (await request.get(`${SIMULATOR}/v1/convai/conversations?page_size=100`, { headers })).json();
  let id = '';
  for (const summary of list.conversations) {
    const detail = await (await request.get(`${SIMULATOR}/v1/convai/conversations/${summary.conversation_id}`, { headers })).json();
    if (detail.has_audio) {
      id = detail.conversation_id;
      break;
    }
  }
  for (const type of ['post_call_transcription', 'post_call_audio']) {
    const sent = await (await request.post(`${SIMULATOR}/_sim/webhooks/send`, { data: { type, conversation_id: id } })).json();
    expect(sent.delivery.status).toBe(200);
  }
  // A tampered delivery is refused.
  const tampered = await request.post('/api/webhooks/elevenlabs', {
    headers: { 'elevenlabs-signature': `t=${Math.floor(Date.now() / 1000)},v0=${'0'.repeat(64)}` },
    data: { type: 'post_call_transcription', event_timestamp: 1, data: { agent_id: 'a', conversation_id: id } },
  });
  expect(tampered.status()).toBe(401);

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
