// The webhooks admin routes against real local KV: the log newest first and paged, one type,
// one delivery's payload, and the health figures (refusals tallied per instance, no hot key).
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAdminSession } from '@/lib/auth/session';
import { createKvStore } from '@/lib/kv';
import { rejectionTallyRecord } from '@/lib/webhooks/records';
import { writeSecret } from '@/lib/settings/store';
import { startTestPlatform, type TestPlatform } from '@/lib/testing/platform';
import { callRoute } from '@/lib/testing/routes';
import { createRejectionCounter, readRejectionCounts } from '@/lib/webhooks/rejections';
import { POST as deliver } from '../elevenlabs/route';
import * as listRoute from './route';
import * as detailRoute from './[id]/route';
import * as healthRoute from '../health/route';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

const SECRET = 'wsec_a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform({ WEBHOOK_REJECTION_FLUSH_MS: '0' });
  await writeSecret('webhookSecret', SECRET, 'test');
});
afterAll(() => platform.dispose());
beforeEach(() => {
  vi.mocked(getAdminSession).mockResolvedValue({ email: 'admin@example.com', role: 'admin' });
});

async function send(body: string, valid = true): Promise<number> {
  const t = Math.floor(Date.now() / 1000);
  const digest = createHmac('sha256', valid ? SECRET : 'wsec_wrong_secret_0000000000').update(`${t}.${body}`).digest('hex');
  const response = await deliver(
    new Request('http://localhost:8788/api/webhooks/elevenlabs', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'elevenlabs-signature': `t=${t},v0=${digest}` },
      body,
    }),
  );
  await platform.settle();
  return response.status;
}

const transcription = (id: string) =>
  JSON.stringify({
    type: 'post_call_transcription',
    event_timestamp: Math.floor(Date.now() / 1000),
    data: { agent_id: 'agent_1', conversation_id: id, status: 'done', transcript: [], metadata: { start_time_unix_secs: 1, call_duration_secs: 3 }, analysis: null },
  });
const audio = (id: string) =>
  JSON.stringify({ type: 'post_call_audio', event_timestamp: 1, data: { agent_id: 'agent_1', conversation_id: id, full_audio: Buffer.from('ID3 demo audio').toString('base64') } });

describe('the delivery log', () => {
  beforeAll(async () => {
    // Sequential, a few ms apart, so the expected order is unambiguous.
    const bodies = Array.from({ length: 5 }, (_, i) => transcription(`conv_log_${i}`));
    for (const body of bodies) {
      expect(await send(body)).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    expect(await send(audio('conv_log_4'))).toBe(200);
    // The very same bytes again (a body built anew could carry a later event_timestamp): a replay,
    // answered 200 and not logged.
    expect(await send(bodies[4]!)).toBe(200);
  });

  it('lists newest first with every column the page shows', async () => {
    const { status, body } = await callRoute(listRoute.GET, 'GET', '/api/webhooks/deliveries');
    expect(status).toBe(200);
    expect(body.deliveries.map((d: { conversationId: string }) => d.conversationId)).toEqual([
      'conv_log_4', 'conv_log_4', 'conv_log_3', 'conv_log_2', 'conv_log_1', 'conv_log_0',
    ]);
    expect(body.deliveries[0]).toMatchObject({ type: 'post_call_audio', agentId: 'agent_1' });
    expect(body.deliveries[1]).toMatchObject({ type: 'post_call_transcription', agentId: 'agent_1' });
    expect(body.deliveries.some((d: { duplicate?: boolean }) => d.duplicate)).toBe(false);
    expect(body.deliveries[0].id).toMatch(/^\d{13}-[0-9a-f]{8}$/);
    expect(body.deliveries[0].bytes).toBeGreaterThan(100);
    const times = body.deliveries.map((d: { id: string }) => d.id.slice(0, 13));
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('pages with a cursor, without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?page_size=2&cursor=${encodeURIComponent(cursor)}` : '?page_size=2';
      const { body } = await callRoute(listRoute.GET, 'GET', `/api/webhooks/deliveries${query}`);
      expect(body.deliveries.length).toBeLessThanOrEqual(2);
      seen.push(...body.deliveries.map((d: { id: string }) => d.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it('filters by type', async () => {
    const { body } = await callRoute(listRoute.GET, 'GET', '/api/webhooks/deliveries?type=post_call_audio');
    expect(body.deliveries).toHaveLength(1);
    expect(body.deliveries[0]).toMatchObject({ type: 'post_call_audio', conversationId: 'conv_log_4' });
    expect(body.nextCursor).toBeNull();
  });

  it('pages a filtered list too, newest first, without repeats or gaps', async () => {
    const seen: { id: string; conversationId: string }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?type=post_call_transcription&page_size=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const { body } = await callRoute(listRoute.GET, 'GET', `/api/webhooks/deliveries${query}`);
      seen.push(...body.deliveries);
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.map((d) => d.conversationId)).toEqual(['conv_log_4', 'conv_log_3', 'conv_log_2', 'conv_log_1', 'conv_log_0']);
    expect(new Set(seen.map((d) => d.id)).size).toBe(5);
  });

  it('a cursor it did not issue is a 422 on the cursor field', async () => {
    const { status, body } = await callRoute(listRoute.GET, 'GET', '/api/webhooks/deliveries?cursor=not-a-cursor');
    expect(status).toBe(422);
    expect(body.error.details.fields[0].field).toBe('cursor');
  });

  it.each([
    ['?type=post_call_video', 'type'],
    ['?page_size=0', 'page_size'],
    ['?page_size=abc', 'page_size'],
    ['?sort=asc', 'sort'],
  ])('%s -> 422 naming %s', async (query, field) => {
    const { status, body } = await callRoute(listRoute.GET, 'GET', `/api/webhooks/deliveries${query}`);
    expect(status).toBe(422);
    expect(body.error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('opens one delivery with its payload; audio is its size, not base64', async () => {
    const { body: list } = await callRoute(listRoute.GET, 'GET', '/api/webhooks/deliveries?type=post_call_audio');
    const id = list.deliveries[0].id;
    const { status, body } = await callRoute(detailRoute.GET, 'GET', `/api/webhooks/deliveries/${id}`, undefined, { params: { id } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, type: 'post_call_audio', payload: { data: { full_audio: '<14 bytes of MP3>' } } });
  });

  it('an unknown id is 404, a malformed one 422', async () => {
    const missing = await callRoute(detailRoute.GET, 'GET', '/api/webhooks/deliveries/1000000000000-00000000', undefined, { params: { id: '1000000000000-00000000' } });
    expect(missing.status).toBe(404);
    const bad = await callRoute(detailRoute.GET, 'GET', '/api/webhooks/deliveries/x', undefined, { params: { id: '../elevenlabs_api_key' } });
    expect(bad.status).toBe(422);
  });

  it('every admin route needs a session', async () => {
    vi.mocked(getAdminSession).mockResolvedValue(null);
    expect((await callRoute(listRoute.GET, 'GET', '/api/webhooks/deliveries')).status).toBe(401);
    expect((await callRoute(healthRoute.GET, 'GET', '/api/webhooks/health')).status).toBe(401);
  });
});

describe('health', () => {
  it('reports the last delivery, the 24-hour count, refusals by reason and the receiver set-up', async () => {
    const before = (await callRoute(healthRoute.GET, 'GET', '/api/webhooks/health')).body;
    expect(await send(transcription('conv_health'))).toBe(200);
    expect(await send(transcription('conv_health_bad'), false)).toBe(401);
    expect(await send(transcription('conv_health_bad_2'), false)).toBe(401);
    const { status, body } = await callRoute(healthRoute.GET, 'GET', '/api/webhooks/health');
    expect(status).toBe(200);
    expect(body.last24h).toBe(before.last24h + 1);
    expect(Date.parse(body.lastReceivedAt)).toBeGreaterThan(Date.now() - 10_000);
    expect(body.rejections24h.signature_mismatch).toBe((before.rejections24h.signature_mismatch ?? 0) + 2);
    // The replay sent while building the log is counted apart from the refusals.
    expect(body.duplicates24h).toBeGreaterThanOrEqual(1);
    expect(body.rejections24h.duplicate).toBeUndefined();
    expect(body.secret).toMatchObject({ configured: true, hint: expect.stringMatching(/^wsec_…/) });
    expect(body.webhookUrl).toBe('http://localhost:8788/api/webhooks/elevenlabs');
    expect(body.ipAllowlist).toEqual({ enabled: false, count: 12 });
    expect(JSON.stringify(body)).not.toContain(SECRET);
  });
});

describe('refusal tallies', () => {
  it('a burst of refusals is one write per instance, and instances add up', async () => {
    const kv = createKvStore(platform.env.KV);
    const before = (await readRejectionCounts(kv)).not_json ?? 0;
    const writes = vi.spyOn(kv, 'putJson');
    const [first, second] = [createRejectionCounter(), createRejectionCounter()];
    const flushes = Array.from({ length: 50 }, () => first.record('not_json', kv, 30)).filter(Boolean);
    flushes.push(...Array.from({ length: 20 }, () => second.record('not_json', kv, 30)).filter(Boolean));
    expect(flushes).toHaveLength(2);
    await Promise.all(flushes);
    expect(writes).toHaveBeenCalledTimes(2);
    expect(writes.mock.calls.every(([key]) => key.startsWith(rejectionTallyRecord.key('')))).toBe(true);
    expect((await readRejectionCounts(kv)).not_json).toBe(before + 70);
  });

  it('only the last 24 hours count', async () => {
    const kv = createKvStore(platform.env.KV);
    const counter = createRejectionCounter();
    const dayAgo = Date.now() - 25 * 3600 * 1000;
    await counter.record('body_too_large', kv, 0, dayAgo);
    const counts = await readRejectionCounts(kv);
    expect(counts.body_too_large ?? 0).toBe(0);
    expect((await readRejectionCounts(kv, Date.now(), 48)).body_too_large).toBe(1);
  });
});

describe('an event type this code does not know', () => {
  it('is listed under its raw name, left out of a known type\'s filter, and opens', async () => {
    const body = JSON.stringify({ type: 'workspace_usage_alert', event_timestamp: Math.floor(Date.now() / 1000), data: { threshold: 0.9 } });
    expect(await send(body)).toBe(200);
    const { body: list } = await callRoute(listRoute.GET, 'GET', '/api/webhooks/deliveries?page_size=1');
    expect(list.deliveries[0]).toMatchObject({ type: 'workspace_usage_alert', conversationId: null, agentId: null });
    const { body: filtered } = await callRoute(listRoute.GET, 'GET', '/api/webhooks/deliveries?type=post_call_transcription');
    expect(filtered.deliveries.length).toBeGreaterThan(0);
    expect(filtered.deliveries.every((d: { type: string }) => d.type === 'post_call_transcription')).toBe(true);
    const id = list.deliveries[0].id;
    const { status, body: detail } = await callRoute(detailRoute.GET, 'GET', `/api/webhooks/deliveries/${id}`, undefined, { params: { id } });
    expect(status).toBe(200);
    expect(detail.payload).toMatchObject({ type: 'workspace_usage_alert', data: { threshold: 0.9 } });
  });
});
