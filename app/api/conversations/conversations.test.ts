// Conversation routes against the simulator and real local KV.
import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readAudit } from '@/lib/audit/service';
import { getAdminSession } from '@/lib/auth/session';
import { callFailureRecord, conversationAudioBlob, conversationRecord, deliveryPointerRecord } from '@/lib/conversations/records';
import { deliveryLogRecord } from '@/lib/webhooks/records';
import { writeSecret } from '@/lib/settings/store';
import { callRoute } from '@/lib/testing/routes';
import { useRouteStack } from '@/lib/testing/route-stack';
import { exportConversationsCsv } from '@/lib/conversations/export';
import * as listRoute from './route';
import * as detailRoute from './[id]/route';
import * as audioRoute from './[id]/audio/route';
import { POST as receiveWebhook } from '../webhooks/elevenlabs/route';
import * as deliveryRoute from '../webhooks/deliveries/[id]/route';
import * as deliveriesRoute from '../webhooks/deliveries/route';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

const stack = useRouteStack();

async function firstConversation(filter: (c: { status: string; has_audio?: boolean }) => boolean) {
  let cursor: string | undefined;
  for (;;) {
    const page = await stack.sim(`/v1/convai/conversations?page_size=100${cursor ? `&cursor=${cursor}` : ''}`);
    for (const summary of page.conversations) {
      const detail = await stack.sim(`/v1/convai/conversations/${summary.conversation_id}`);
      if (filter(detail)) return detail;
    }
    if (!page.has_more) throw new Error('no such conversation in the seed');
    cursor = page.next_cursor;
  }
}

beforeAll(async () => {
  await writeSecret('webhookSecret', WEBHOOK_SECRET, 'test');
});

const WEBHOOK_SECRET = 'wsec_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

const detail = (id: string) => callRoute(detailRoute.GET, 'GET', `/api/conversations/${id}`, undefined, { params: { id } });

describe('GET /api/conversations', () => {
  it('lists a page and pages on with the cursor', async () => {
    const first = await callRoute(listRoute.GET, 'GET', '/api/conversations?page_size=5');
    expect(first.status).toBe(200);
    expect(first.body.conversations).toHaveLength(5);
    expect(first.body.has_more).toBe(true);
    const second = await callRoute(listRoute.GET, 'GET', `/api/conversations?page_size=5&cursor=${encodeURIComponent(first.body.next_cursor)}`);
    const ids = new Set([...first.body.conversations, ...second.body.conversations].map((c: { conversation_id: string }) => c.conversation_id));
    expect(ids.size).toBe(10);
  });

  it('says a refused cursor is an expired page link, not an ElevenLabs failure', async () => {
    const response = await callRoute(listRoute.GET, 'GET', '/api/conversations?cursor=not-a-cursor-we-made');
    expect(response.status).toBe(422);
    expect(response.body.error.message).toBe('This page link has expired. Start again from the first page.');
    expect(response.body.error.details.fields).toEqual([{ field: 'cursor', message: 'has expired' }]);
  });

  it('stays strict about parameters it does not know (the page ignores them, the API does not)', async () => {
    const response = await callRoute(listRoute.GET, 'GET', '/api/conversations?utm_source=mail');
    expect(response.status).toBe(422);
  });

  it('filters by outcome', async () => {
    const response = await callRoute(listRoute.GET, 'GET', '/api/conversations?outcome=failure&page_size=20');
    expect(response.body.conversations.length).toBeGreaterThan(0);
    expect(response.body.conversations.every((c: { call_successful: string }) => c.call_successful === 'failure')).toBe(true);
  });

  it.each([
    ['page_size=500', 'page_size'],
    ['outcome=maybe', 'outcome'],
    ['min_duration=-4', 'min_duration'],
    ['from=2026-11-28&tz=Mars%2FOlympus_Mons', 'tz'],
  ])('?%s -> 422 naming %s', async (query, field) => {
    const response = await callRoute(listRoute.GET, 'GET', `/api/conversations?${query}`);
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields[0].field).toBe(field);
  });

  it('turns upstream rate limiting into 429 with Retry-After', async () => {
    await fetch(`${stack.simulator.url}/_sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rate429: 1, retryAfterSecs: 30 }),
    });
    const response = await callRoute(listRoute.GET, 'GET', '/api/conversations');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.body.error.code).toBe('rate_limited');
  });
});

describe('GET /api/conversations/:id caching', () => {
  it('stores a finished conversation and serves repeat views from KV', async () => {
    const done = await firstConversation((c) => c.status === 'done');
    const first = await detail(done.conversation_id);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(await stack.platform.env.KV.get(conversationRecord.key(done.conversation_id))).not.toBeNull();
    const second = await detail(done.conversation_id);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.body.conversation.transcript).toEqual(first.body.conversation.transcript);
  });

  it('fetches an in-progress conversation fresh every time and does not store it', async () => {
    const live = await firstConversation((c) => c.status === 'in-progress');
    expect((await detail(live.conversation_id)).headers.get('x-cache')).toBe('live');
    expect((await detail(live.conversation_id)).headers.get('x-cache')).toBe('live');
    expect(await stack.platform.env.KV.get(conversationRecord.key(live.conversation_id))).toBeNull();
  });

  it('still opens a stored conversation when the upstream is down, marked stale', async () => {
    const live = await firstConversation((c) => c.status === 'in-progress');
    await stack.platform.env.KV.put(
      conversationRecord.key(live.conversation_id),
      JSON.stringify({ conversation: live, storedAt: new Date().toISOString(), source: 'webhook' }),
    );
    await fetch(`${stack.simulator.url}/_sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rate500: 1 }),
    });
    const response = await detail(live.conversation_id);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-cache')).toBe('stale');
  });

  it('404 for an unknown id', async () => {
    const response = await detail('conv_does_not_exist');
    expect(response.status).toBe(404);
    expect(response.body.error).toEqual({ code: 'not_found', message: 'Conversation not found.' });
  });
});

describe('DELETE /api/conversations/:id', () => {
  it('deletes upstream and the KV copy; the second time is 404', async () => {
    const done = await firstConversation((c) => c.status === 'done');
    await detail(done.conversation_id);
    const remove = () => callRoute(detailRoute.DELETE, 'DELETE', `/api/conversations/${done.conversation_id}`, undefined, { params: { id: done.conversation_id } });
    expect((await remove()).status).toBe(204);
    expect(await stack.platform.env.KV.get(conversationRecord.key(done.conversation_id))).toBeNull();
    expect((await remove()).status).toBe(404);
  });

  it('notes who deleted the conversation in the audit log, once', async () => {
    const done = await firstConversation((c) => c.status === 'done');
    const id = done.conversation_id;
    vi.mocked(getAdminSession).mockResolvedValue({ email: 'deleter@example.com', role: 'admin' });
    const remove = () => callRoute(detailRoute.DELETE, 'DELETE', `/api/conversations/${id}`, undefined, { params: { id } });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(404);
    const entries = (await readAudit(100)).filter((entry) => entry.action === 'conversation_deleted' && entry.detail.includes(id));
    expect(entries).toEqual([
      { at: expect.any(String), actor: 'deleter@example.com', action: 'conversation_deleted', detail: `Conversation ${id} deleted` },
    ]);
  });

  /** A signed delivery through the real receiver, as ElevenLabs would send it. */
  async function webhook(envelope: unknown): Promise<void> {
    const body = JSON.stringify(envelope);
    const t = Math.floor(Date.now() / 1000);
    const signature = `t=${t},v0=${createHmac('sha256', WEBHOOK_SECRET).update(`${t}.${body}`).digest('hex')}`;
    const response = await receiveWebhook(
      new Request('http://localhost:8788/api/webhooks/elevenlabs', { method: 'POST', headers: { 'elevenlabs-signature': signature }, body }),
    );
    expect(response.status).toBe(200);
    await stack.platform.settle();
  }

  const keysWith = async (prefix: string) => (await stack.platform.env.KV.list({ prefix })).keys.map((key) => key.name);
  const deliveriesOf = async (conversationId: string) =>
    (await callRoute(deliveriesRoute.GET, 'GET', '/api/webhooks/deliveries?page_size=100')).body.deliveries.filter(
      (d: { conversationId: string }) => d.conversationId === conversationId,
    ) as { id: string }[];

  it('also deletes the webhook deliveries that hold its transcript and its call-failure record', async () => {
    const done = await firstConversation((c) => c.status === 'done');
    const id = done.conversation_id;
    const now = Math.floor(Date.now() / 1000);
    await webhook({ type: 'post_call_transcription', event_timestamp: now, data: done });
    await webhook({ type: 'call_initiation_failure', event_timestamp: now, data: { agent_id: done.agent_id, conversation_id: id, failure_reason: 'busy' } });
    // An id that starts with this one and the pointer separator: its delivery must survive.
    await webhook({ type: 'post_call_transcription', event_timestamp: now, data: { ...done, conversation_id: `${id}:x` } });
    const logged = await deliveriesOf(id);
    expect(logged).toHaveLength(2);
    expect(await stack.platform.env.KV.get(callFailureRecord.key(id))).not.toBeNull();
    // Two pointers of its own, and the other id's, which shares the prefix.
    expect(await keysWith(`${deliveryPointerRecord.key(id)}:`)).toHaveLength(3);

    const removed = await callRoute(detailRoute.DELETE, 'DELETE', `/api/conversations/${id}`, undefined, { params: { id } });
    expect(removed.status).toBe(204);

    expect(await deliveriesOf(id)).toEqual([]);
    for (const { id: deliveryId } of logged) {
      expect(await stack.platform.env.KV.get(deliveryLogRecord.key(deliveryId))).toBeNull();
      const viewer = await callRoute(deliveryRoute.GET, 'GET', `/api/webhooks/deliveries/${deliveryId}`, undefined, { params: { id: deliveryId } });
      expect(viewer.status).toBe(404);
    }
    expect(await keysWith(`${deliveryPointerRecord.key(id)}:`)).toEqual([expect.stringContaining(`${id}:x:`)]);
    expect(await stack.platform.env.KV.get(callFailureRecord.key(id))).toBeNull();
    expect(await stack.platform.env.KV.get(conversationRecord.key(id))).toBeNull();
    expect(await deliveriesOf(`${id}:x`)).toHaveLength(1);
  });
});

describe('GET /api/conversations/:id/audio', () => {
  const audio = (id: string, range?: string) =>
    callRoute(audioRoute.GET, 'GET', `/api/conversations/${id}/audio`, undefined, { params: { id }, headers: range ? { range } : {} });

  it('streams the recording and serves ranges for seeking', async () => {
    const withAudio = await firstConversation((c) => c.status === 'done' && c.has_audio === true);
    const full = await audio(withAudio.conversation_id);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('audio/mpeg');
    expect(full.headers.get('cache-control')).toContain('private');
    const part = await audio(withAudio.conversation_id, 'bytes=100-199');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toMatch(/^bytes 100-199\/\d+$/);
  });

  it('serves ranges from a KV copy when the upstream ignores Range', async () => {
    const withAudio = await firstConversation((c) => c.status === 'done' && c.has_audio === true);
    await fetch(`${stack.simulator.url}/_sim/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ audioIgnoresRange: true }),
    });
    const part = await audio(withAudio.conversation_id, 'bytes=0-9');
    await fetch(`${stack.simulator.url}/_sim/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ audioIgnoresRange: false }),
    });
    await stack.platform.settle();
    expect(part.status).toBe(206);
    expect(part.headers.get('content-length')).toBe('10');
    expect(part.headers.get('x-audio-source')).toBe('upstream-copy');
    expect(await stack.platform.env.KV.get(conversationAudioBlob.key(withAudio.conversation_id))).not.toBeNull();
    expect((await audio(withAudio.conversation_id, 'bytes=-5')).headers.get('x-audio-source')).toBe('kv');
  });

  const setAudioIgnoresRange = (audioIgnoresRange: boolean) =>
    fetch(`${stack.simulator.url}/_sim/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ audioIgnoresRange }),
    });

  it('passes bytes=0- through from an upstream that ignores Range: streamed as 206, no copy kept', async () => {
    const withAudio = await firstConversation((c) => c.status === 'done' && c.has_audio === true);
    const key = conversationAudioBlob.key(withAudio.conversation_id);
    await stack.platform.env.KV.delete(key);
    await setAudioIgnoresRange(true);
    const first = await audio(withAudio.conversation_id, 'bytes=0-').finally(() => setAudioIgnoresRange(false));
    await stack.platform.settle();
    expect(first.status).toBe(206);
    expect(first.headers.get('x-audio-source')).toBe('upstream');
    const size = Number(first.headers.get('content-length'));
    expect(size).toBeGreaterThan(1000);
    expect(first.headers.get('content-range')).toBe(`bytes 0-${size - 1}/${size}`);
    expect(await stack.platform.env.KV.get(key)).toBeNull();
  });

  it('reads the KV copy as a stream and sends only the asked range, never loading the copy whole', async () => {
    const id = 'conv_streamed_copy';
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => i % 251);
    await stack.platform.env.KV.put(conversationAudioBlob.key(id), bytes, { metadata: { size: bytes.byteLength } });
    const real = stack.platform.env.KV;
    const reads: string[] = [];
    stack.platform.env.KV = new Proxy(real, {
      get(target, name) {
        const value = Reflect.get(target, name);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          reads.push(`${String(name)} ${typeof args[1] === 'string' ? args[1] : ''}`.trim());
          return value.apply(target, args);
        };
      },
    });
    const request = new Request(`http://localhost:8788/api/conversations/${id}/audio`, { headers: { range: 'bytes=200000-200009' } });
    const part = await audioRoute.GET(request, { params: Promise.resolve({ id }) }).finally(() => {
      stack.platform.env.KV = real;
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('x-audio-source')).toBe('kv');
    expect(part.headers.get('content-range')).toBe('bytes 200000-200009/300000');
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([...bytes.subarray(200_000, 200_010)]);
    expect(reads).toEqual(['getWithMetadata stream']);
  });

  it('still serves a KV copy stored without its size', async () => {
    const id = 'conv_legacy_copy';
    await stack.platform.env.KV.put(conversationAudioBlob.key(id), Uint8Array.from({ length: 1000 }, (_, i) => i % 256));
    const part = await audio(id, 'bytes=-3');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 997-999/1000');
  });

  it('a conversation without a recording answers 404', async () => {
    const silent = await firstConversation((c) => c.status === 'done' && c.has_audio === false);
    const response = await audio(silent.conversation_id);
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('Recording not found.');
  });
});

describe('the CSV export', () => {
  async function exportedRows(maxRows: number): Promise<string[]> {
    const stream = await exportConversationsCsv({ page_size: 30 }, maxRows);
    const text = await new Response(stream).text();
    return text.trim().split('\r\n').slice(1);
  }

  it('stops at its row cap, within a page and across pages (100 upstream rows a page)', async () => {
    await fetch(`${stack.simulator.url}/_sim/conversations/bulk`, { method: 'POST', body: JSON.stringify({ count: 250 }) });
    expect(await exportedRows(7)).toHaveLength(7);
    const rows = await exportedRows(230);
    expect(rows).toHaveLength(230);
    expect(new Set(rows.map((row) => row.split(',')[0])).size).toBe(230);
    expect((await exportedRows(100_000)).length).toBeGreaterThan(250);
  });
});
