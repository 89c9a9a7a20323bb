import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIMULATOR_DEFAULT_API_KEY, SIMULATOR_SEED } from './defaults';
import { AGENT_TEMPLATES, SMALL_TALK, type Script } from './scripts';
import { createSeed } from './seed';
import { startSimulator, type RunningSimulator } from './server';
import type { Conversation } from './types';
import { signWebhook } from './webhooks';

/**
 * The script a finished call's transcript was spoken from (small talk aside), and the failures of
 * its analysis to say what that script says: an empty list when title, outcome, every evaluation and
 * every collected value agree with the dialogue.
 */
function disagreements(conversation: Pick<Conversation, 'transcript' | 'analysis'>): string[] {
  const padding = new Set(SMALL_TALK.map((line) => line.message));
  const spoken = conversation.transcript.map((turn) => turn.message).filter((message) => !padding.has(message ?? ''));
  const said = (script: Script) => JSON.stringify(script.lines.map((line) => line.message)) === JSON.stringify(spoken);
  const template = AGENT_TEMPLATES.find((t) => [t.recording, ...t.scripts].some((script) => script && said(script)));
  const script = template && [template.recording, ...template.scripts].find((candidate) => candidate && said(candidate));
  if (!template || !script) return [`no script says ${JSON.stringify(spoken[1])}`];
  const analysis = conversation.analysis;
  if (!analysis) return ['no analysis'];
  const problems: string[] = [];
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${script.title}: ${what} is ${JSON.stringify(actual)}, the dialogue says ${JSON.stringify(wanted)}`);
  };
  expect('outcome', analysis.call_successful, script.outcome);
  expect('title', analysis.call_summary_title, script.title);
  expect('summary', analysis.transcript_summary, script.summary);
  expect('criteria', Object.keys(analysis.evaluation_criteria_results).sort(), template.criteria.map((c) => c.id).sort());
  for (const criterion of template.criteria) {
    expect(criterion.id, analysis.evaluation_criteria_results[criterion.id]?.result, script.evaluations?.[criterion.id] ?? script.outcome);
  }
  expect('collected items', Object.keys(analysis.data_collection_results).sort(), Object.keys(template.dataCollection).sort());
  for (const id of Object.keys(template.dataCollection)) {
    expect(id, analysis.data_collection_results[id]?.value, script.data[id]);
  }
  return problems;
}

let simulator: RunningSimulator;
const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
let receiver: Server;
let receiverUrl: string;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address() as { port: number };
  receiverUrl = `http://127.0.0.1:${address.port}/hook`;
  simulator = await startSimulator({ port: 0, callDurationMs: 100, webhookUrl: receiverUrl });
});
afterAll(async () => {
  await simulator.close();
  await new Promise((resolve) => receiver.close(resolve));
});
beforeEach(async () => {
  await fetch(`${simulator.url}/_sim/faults`, { method: 'DELETE' });
});

const get = (path: string, key: string | null = SIMULATOR_DEFAULT_API_KEY, headers: Record<string, string> = {}) =>
  fetch(`${simulator.url}${path}`, { headers: { ...(key ? { 'xi-api-key': key } : {}), ...headers } });

describe('authentication', () => {
  it.each([
    [null, 'needs_authorization'],
    ['sk_wrong', 'invalid_api_key'],
  ])('key %s -> 401 %s in the real shape', async (key, status) => {
    const response = await get('/v1/convai/conversations', key);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { detail: Record<string, string> };
    expect(body.detail).toMatchObject({ type: 'authentication_error', code: 'unauthorized', status });
    expect(body.detail.request_id).toBeTruthy();
  });
});

describe('conversations', () => {
  it('paging walks every conversation exactly once, newest first', async () => {
    const seen: string[] = [];
    const starts: number[] = [];
    let cursor = '';
    for (let guard = 0; guard < 50; guard++) {
      const page = (await (await get(`/v1/convai/conversations?page_size=37${cursor ? `&cursor=${cursor}` : ''}`)).json()) as {
        conversations: { conversation_id: string; start_time_unix_secs: number }[];
        next_cursor: string | null;
        has_more: boolean;
      };
      seen.push(...page.conversations.map((c) => c.conversation_id));
      starts.push(...page.conversations.map((c) => c.start_time_unix_secs));
      if (!page.has_more) {
        expect(page.next_cursor).toBeNull();
        break;
      }
      cursor = page.next_cursor!;
    }
    expect(seen.length).toBe(simulator.state.data.conversations.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
  });

  it.each([
    ['agent_id', (c: { agent_id: string }, agent: string) => c.agent_id === agent],
    ['call_successful=failure', (c: { call_successful: string }) => c.call_successful === 'failure'],
  ])('filters by %s', async (name, check) => {
    const agent = simulator.state.data.agents[1]!.agent_id;
    const query = name === 'agent_id' ? `agent_id=${agent}` : name;
    const page = (await (await get(`/v1/convai/conversations?page_size=100&${query}`)).json()) as { conversations: never[] };
    expect(page.conversations.length).toBeGreaterThan(0);
    for (const c of page.conversations) expect(check(c, agent)).toBe(true);
  });

  it('searches transcripts and filters durations', async () => {
    const page = (await (await get('/v1/convai/conversations?page_size=100&search=blender&call_duration_min_secs=5')).json()) as {
      conversations: { conversation_id: string; call_duration_secs: number }[];
    };
    expect(page.conversations.length).toBeGreaterThan(0);
    for (const c of page.conversations) expect(c.call_duration_secs).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['page_size=0', 'page_size'],
    ['cursor=garbage', 'cursor'],
    ['call_successful=great', 'call_successful'],
  ])('?%s -> 422 on %s', async (query, field) => {
    const response = await get(`/v1/convai/conversations?${query}`);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { detail: { loc: string[] }[] }).detail[0]!.loc).toEqual(['query', field]);
  });

  it('unknown id -> 404 conversation_not_found', async () => {
    const response = await get('/v1/convai/conversations/conv_nope');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { detail: { code: string } }).detail.code).toBe('conversation_not_found');
  });
});

describe('audio', () => {
  const withAudio = () => simulator.state.data.conversations.find((c) => c.has_audio)!.conversation_id;

  it.each([
    ['bytes=0-99', 206, /^bytes 0-99\/\d+$/, 100],
    ['bytes=1000-1099', 206, /^bytes 1000-1099\/\d+$/, 100],
    ['bytes=-50', 206, /^bytes \d+-\d+\/\d+$/, 50],
    ['bytes=99999999-', 416, /^bytes \*\/\d+$/, 0],
  ])('Range %s -> %i', async (range, status, contentRange, length) => {
    const response = await get(`/v1/convai/conversations/${withAudio()}/audio`, SIMULATOR_DEFAULT_API_KEY, { range });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-range')).toMatch(contentRange);
    expect((await response.arrayBuffer()).byteLength).toBe(length);
  });

  it('serves real MP3 bytes', async () => {
    const bytes = new Uint8Array(await (await get(`/v1/convai/conversations/${withAudio()}/audio`)).arrayBuffer());
    const id3 = bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33;
    const frameSync = bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0;
    expect(id3 || frameSync).toBe(true);
  });
});

describe('faults', () => {
  it('answers 429 with Retry-After, 500, and slow answers on demand', async () => {
    await fetch(`${simulator.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ rate429: 1, retryAfterSecs: 7 }) });
    const limited = await get('/v1/user');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(((await limited.json()) as { detail: { type: string } }).detail.type).toBe('rate_limit_error');

    await fetch(`${simulator.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ rate500: 1 }) });
    expect((await get('/v1/user')).status).toBe(500);

    await fetch(`${simulator.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ delayMs: 200 }) });
    const started = Date.now();
    expect((await get('/v1/user')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('a reset clears faults and configuration back to how the simulator started', async () => {
    await fetch(`${simulator.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ rate500: 1 }) });
    await fetch(`${simulator.url}/_sim/config`, { method: 'POST', body: JSON.stringify({ apiKey: 'sk_other', callDurationMs: 9999, audioIgnoresRange: true, seededCallSecs: 5 }) });
    await fetch(`${simulator.url}/_sim/reset`, { method: 'POST' });
    expect((await get('/v1/user')).status).toBe(200);
    const config = await (await fetch(`${simulator.url}/_sim/config`, { method: 'POST', body: '{}' })).json();
    expect(config).toEqual({ webhookUrl: receiverUrl, callDurationMs: 100, audioIgnoresRange: false, seededCallSecs: 150 });
  });
});

describe('seed', () => {
  it('is deterministic for a seed and a time', () => {
    const now = 1_790_000_000;
    expect(JSON.stringify(createSeed(SIMULATOR_SEED, now))).toBe(JSON.stringify(createSeed(SIMULATOR_SEED, now)));
    expect(JSON.stringify(createSeed(SIMULATOR_SEED + 1, now))).not.toBe(JSON.stringify(createSeed(SIMULATOR_SEED, now)));
  });

  it('has the promised mix', () => {
    const data = createSeed(SIMULATOR_SEED, 1_790_000_000);
    expect(data.agents.length).toBe(5);
    expect(data.conversations.length).toBe(300);
    expect(new Set(data.conversations.map((c) => c.analysis?.call_successful ?? 'none')).size).toBe(4);
    expect(data.conversations.some((c) => c.status === 'failed')).toBe(true);
    expect(data.conversations.filter((c) => c.has_audio).length).toBeGreaterThan(20);
    expect(new Set(data.phoneNumbers.map((p) => p.provider))).toEqual(new Set(['twilio', 'sip_trunk']));
    expect(data.batchCalls.map((b) => b.status).sort()).toEqual(['completed', 'in_progress', 'pending']);
  });

  it('every agent has a script for every outcome, and each names a value for each item it collects', () => {
    for (const template of AGENT_TEMPLATES) {
      const scripts = [template.recording, ...template.scripts].filter((s) => s !== undefined);
      expect(new Set(scripts.map((s) => s.outcome)), template.key).toEqual(new Set(['success', 'failure', 'unknown']));
      for (const script of scripts) expect(Object.keys(script.data).sort(), script.title).toEqual(Object.keys(template.dataCollection).sort());
    }
  });

  it('gives every finished call the title, outcome, evaluations and data of the dialogue it was spoken from', () => {
    const finished = createSeed(SIMULATOR_SEED, 1_790_000_000).conversations.filter((c) => c.status === 'done');
    expect(finished.length).toBeGreaterThan(250);
    expect(finished.flatMap(disagreements)).toEqual([]);
    // Each agent's calls cover every outcome, so filtering one agent by outcome is never empty.
    for (const agent of new Set(finished.map((c) => c.agent_name))) {
      expect(new Set(finished.filter((c) => c.agent_name === agent).map((c) => c.analysis!.call_successful)), agent).toEqual(new Set(['success', 'failure', 'unknown']));
    }
  });

  it('a seeded title no longer contradicts its transcript (the reported cases)', () => {
    const finished = createSeed(SIMULATOR_SEED, 1_790_000_000).conversations.filter((c) => c.status === 'done');
    const text = (c: Conversation) => c.transcript.map((t) => t.message).join(' ');
    expect(finished.filter((c) => c.analysis!.call_summary_title === 'Could not confirm appointment' && text(c).includes('I will be there'))).toEqual([]);
    expect(finished.filter((c) => c.analysis!.call_summary_title === 'Qualified lead, demo booked' && text(c).includes('I am driving'))).toEqual([]);
  });
});

describe('simulated calls send signed webhooks', () => {
  it('signs exactly as ElevenLabs documents (independent HMAC)', () => {
    const expected = createHmac('sha256', 'wsec_test').update('1700000000.{"a":1}').digest('hex');
    expect(signWebhook('{"a":1}', 'wsec_test', 1_700_000_000)).toBe(`t=1700000000,v0=${expected}`);
  });

  it('an outbound call ends with transcription then audio; a busy number with call_initiation_failure', async () => {
    received.length = 0;
    const agent = simulator.state.data.agents[0]!;
    const twilio = simulator.state.data.phoneNumbers.find((p) => p.provider === 'twilio')!;
    const place = (to: string) =>
      fetch(`${simulator.url}/v1/convai/twilio/outbound-call`, {
        method: 'POST',
        headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ agent_id: agent.agent_id, agent_phone_number_id: twilio.phone_number_id, to_number: to }),
      });
    expect((await place('+14155550111')).status).toBe(200);
    expect((await place('+14155550000')).status).toBe(200);
    await expect.poll(() => received.length, { timeout: 3000 }).toBe(3);
    const types = received.map((r) => JSON.parse(r.body).type).sort();
    expect(types).toEqual(['call_initiation_failure', 'post_call_audio', 'post_call_transcription']);
    for (const delivery of received) {
      const header = String(delivery.headers['elevenlabs-signature']);
      const [, t, v0] = /^t=(\d+),v0=([0-9a-f]{64})$/.exec(header) ?? [];
      expect(createHmac('sha256', simulator.state.webhookSecret).update(`${t}.${delivery.body}`).digest('hex')).toBe(v0);
    }
  });

  it('an outbound call rings (initiated), is answered (in-progress), then ends done; counted at /_sim/calls', async () => {
    await fetch(`${simulator.url}/_sim/config`, { method: 'POST', body: JSON.stringify({ callDurationMs: 600 }) });
    try {
      const before = (await (await fetch(`${simulator.url}/_sim/calls`)).json()) as { received: number; placed: number };
      const agent = simulator.state.data.agents[0]!;
      const sip = simulator.state.data.phoneNumbers.find((p) => p.provider === 'sip_trunk')!;
      const response = await fetch(`${simulator.url}/v1/convai/sip-trunk/outbound-call`, {
        method: 'POST',
        headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ agent_id: agent.agent_id, agent_phone_number_id: sip.phone_number_id, to_number: '+14155550142' }),
      });
      const { conversation_id } = (await response.json()) as { conversation_id: string };
      const statusNow = async () => ((await (await get(`/v1/convai/conversations/${conversation_id}`)).json()) as { status: string }).status;
      const seen = new Set<string>();
      await expect.poll(async () => (seen.add(await statusNow()), seen.has('done')), { timeout: 5000, interval: 20 }).toBe(true);
      expect(seen).toEqual(new Set(['initiated', 'in-progress', 'done']));
      const after = (await (await fetch(`${simulator.url}/_sim/calls`)).json()) as { received: number; placed: number };
      expect(after).toEqual({ received: before.received + 1, placed: before.placed + 1 });
    } finally {
      await fetch(`${simulator.url}/_sim/config`, { method: 'POST', body: JSON.stringify({ callDurationMs: 100 }) });
    }
  });

  it('calls fail to connect at the configured rates, with the reason in call_initiation_failure', async () => {
    received.length = 0;
    await fetch(`${simulator.url}/_sim/config`, { method: 'POST', body: JSON.stringify({ callFailureRates: { 'no-answer': 1 } }) });
    try {
      const agent = simulator.state.data.agents[0]!;
      const twilio = simulator.state.data.phoneNumbers.find((p) => p.provider === 'twilio')!;
      const response = await fetch(`${simulator.url}/v1/convai/twilio/outbound-call`, {
        method: 'POST',
        headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ agent_id: agent.agent_id, agent_phone_number_id: twilio.phone_number_id, to_number: '+14155550143' }),
      });
      const { conversation_id } = (await response.json()) as { conversation_id: string };
      await expect.poll(() => received.length, { timeout: 3000 }).toBe(1);
      const hook = JSON.parse(received[0]!.body) as { type: string; data: { conversation_id: string; failure_reason: string; metadata: { body: { CallStatus: string } } } };
      expect(hook.type).toBe('call_initiation_failure');
      expect(hook.data).toMatchObject({ conversation_id, failure_reason: 'no-answer', metadata: { body: { CallStatus: 'no-answer' } } });
      expect(((await (await get(`/v1/convai/conversations/${conversation_id}`)).json()) as { status: string }).status).toBe('failed');
    } finally {
      await fetch(`${simulator.url}/_sim/config`, { method: 'POST', body: JSON.stringify({ callFailureRates: {} }) });
    }
  });

  it('refuses a bad outbound body with the real 422', async () => {
    const response = await fetch(`${simulator.url}/v1/convai/twilio/outbound-call`, {
      method: 'POST',
      headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ agent_id: 'x', to_number: '555' }),
    });
    expect(response.status).toBe(422);
    const locs = ((await response.json()) as { detail: { loc: string[] }[] }).detail.map((d) => d.loc.join('.'));
    expect(locs).toEqual(['body.agent_phone_number_id', 'body.to_number']);
  });
});

describe('batch calls progress', () => {
  it('runs recipients and completes; cancel stops pending ones', async () => {
    const agent = simulator.state.data.agents[0]!;
    const phone = simulator.state.data.phoneNumbers[0]!;
    const submit = async (scheduled: number | null) =>
      (await (
        await fetch(`${simulator.url}/v1/convai/batch-calling/submit`, {
          method: 'POST',
          headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
          body: JSON.stringify({
            call_name: 'Test',
            agent_id: agent.agent_id,
            agent_phone_number_id: phone.phone_number_id,
            scheduled_time_unix: scheduled,
            recipients: [{ phone_number: '+14155550101' }, { phone_number: '+14155550102' }],
          }),
        })
      ).json()) as { id: string };
    const now = await submit(null);
    const status = async (id: string) => ((await (await get(`/v1/convai/batch-calling/${id}`)).json()) as { status: string }).status;
    await expect.poll(() => status(now.id), { timeout: 3000 }).toBe('completed');

    const later = await submit(Math.floor(Date.now() / 1000) + 3600);
    await fetch(`${simulator.url}/v1/convai/batch-calling/${later.id}/cancel`, { method: 'POST', headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY } });
    const detail = (await (await get(`/v1/convai/batch-calling/${later.id}`)).json()) as { status: string; recipients: { status: string }[] };
    expect(detail.status).toBe('cancelled');
    expect(detail.recipients.every((r) => r.status === 'cancelled')).toBe(true);
  });
});

describe('a large workspace on demand', () => {
  it('adds older finished calls that page after the seeded ones, each once', async () => {
    // From the seed with no timers pending: calls placed by earlier tests progress on timers, and a
    // change to the list between pages would move the offsets this test pages through.
    await fetch(`${simulator.url}/_sim/reset`, { method: 'POST' });
    const before = ((await (await fetch(`${simulator.url}/_sim/health`)).json()) as { conversations: number }).conversations;
    const added = (await (await fetch(`${simulator.url}/_sim/conversations/bulk`, { method: 'POST', body: JSON.stringify({ count: 2500 }) })).json()) as { conversations: number };
    expect(added.conversations).toBe(before + 2500);
    const ids = new Set<string>();
    let last = Infinity;
    let cursor: string | null = null;
    do {
      const page: { conversations: { conversation_id: string; start_time_unix_secs: number }[]; next_cursor: string | null; has_more: boolean } = await (
        await get(`/v1/convai/conversations?page_size=100${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      for (const item of page.conversations) {
        expect(item.start_time_unix_secs).toBeLessThanOrEqual(last);
        last = item.start_time_unix_secs;
        ids.add(item.conversation_id);
      }
      cursor = page.has_more ? page.next_cursor : null;
    } while (cursor);
    expect(ids.size).toBe(before + 2500);
    await fetch(`${simulator.url}/_sim/reset`, { method: 'POST' });
  });
});

describe('the seed’s live calls', () => {
  it('end on their own like real calls, with a transcript and the webhooks a finished call sends', async () => {
    const hooks: string[] = [];
    const hookServer = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        hooks.push(JSON.parse(body).type);
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
    const { port } = hookServer.address() as { port: number };
    // The newest seeded call started 30 s ago: with 34 s calls it ends about four seconds from now, late
    // enough to be seen running first on a loaded machine.
    const live = await startSimulator({ port: 0, seededCallSecs: 34, webhookUrl: `http://127.0.0.1:${port}/hook` });
    try {
      const list = async () =>
        (await (await fetch(`${live.url}/v1/convai/conversations?page_size=5`, { headers: { 'xi-api-key': live.state.apiKey } })).json()) as {
          conversations: { conversation_id: string; status: string }[];
        };
      const first = (await list()).conversations[0]!;
      expect(first.status).toBe('in-progress');
      await expect.poll(async () => (await list()).conversations.find((c) => c.conversation_id === first.conversation_id)?.status, { timeout: 15_000 }).toBe('done');
      const detail = (await (await fetch(`${live.url}/v1/convai/conversations/${first.conversation_id}`, { headers: { 'xi-api-key': live.state.apiKey } })).json()) as {
        transcript: Conversation['transcript'];
        analysis: Conversation['analysis'];
      };
      expect(detail.transcript.length).toBeGreaterThan(0);
      expect(disagreements(detail)).toEqual([]);
      await expect.poll(() => hooks, { timeout: 5_000 }).toEqual(expect.arrayContaining(['post_call_transcription', 'post_call_audio']));
    } finally {
      await live.close();
      await new Promise((resolve) => hookServer.close(resolve));
    }
  });
});
