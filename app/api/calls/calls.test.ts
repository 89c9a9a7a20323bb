// Outbound calls and phone numbers against the simulator and real local KV: placing (once per key,
// sequential and concurrent), the agent's override permissions, what is recorded for a placed call,
// an upstream refusal and a timeout, following a call to its conversation, the list, the export,
// and assigning an agent to a number.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { callRecord } from '@/lib/calls/records';
import { placeCall, UNKNOWN_OUTCOME_MESSAGE } from '@/lib/calls/service';
import { callFailureRecord } from '@/lib/conversations/records';
import { getKv } from '@/lib/kv';
import { callRoute } from '@/lib/testing/routes';
import { useRouteStack } from '@/lib/testing/route-stack';
import { SIMULATOR_DEFAULT_API_KEY } from '@/e2e/simulator/defaults';
import * as callsRoute from './route';
import * as callRouteById from './[id]/route';
import * as exportRoute from './export/route';
import * as numbersRoute from '../phone-numbers/route';
import * as numberRoute from '../phone-numbers/[id]/route';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

const stack = useRouteStack({ simulator: { callDurationMs: 150 } });

let agentId: string;
let twilioId: string;
let sipId: string;

const callsSeen = async () => (await stack.sim('/_sim/calls')) as { received: number; placed: number };

beforeAll(async () => {
  agentId = stack.simulator.state.data.agents[0]!.agent_id;
  twilioId = stack.simulator.state.data.phoneNumbers.find((p) => p.provider === 'twilio')!.phone_number_id;
  sipId = stack.simulator.state.data.phoneNumbers.find((p) => p.provider === 'sip_trunk')!.phone_number_id;
});

let keys = 0;
const newKey = () => `test-key-${Date.now()}-${++keys}`;
const place = (body: Record<string, unknown>) =>
  callRoute(callsRoute.POST, 'POST', '/api/calls', { idempotency_key: newKey(), agent_id: agentId, from_phone_number_id: twilioId, to_number: '+14155550142', ...body });
const getCall = (id: string) => callRoute(callRouteById.GET, 'GET', `/api/calls/${id}`, undefined, { params: { id } });

describe('POST /api/calls', () => {
  it('places a Twilio call and records the request (no secrets), the answer, who and when', async () => {
    const before = await callsSeen();
    const result = await place({ dynamic_variables: { customer_name: 'Ada', visits: 3, vip: true }, twilio: { record: true, ringing_timeout_secs: 30, machine_detection: true } });
    expect(result.status).toBe(200);
    expect(result.body.replayed).toBe(false);
    const call = result.body.call;
    expect(call).toMatchObject({ outcome: 'placed', status: 'initiated', agent_id: agentId, from_phone_number_id: twilioId, provider: 'twilio', to_number: '+14155550142', placed_by: 'admin@example.com' });
    expect(call.conversation_id).toMatch(/^conv_/);
    expect(call.call_sid).toMatch(/^CA/);
    expect(await callsSeen()).toEqual({ received: before.received + 1, placed: before.placed + 1 });

    const record = await callRecord.get(getKv(), call.call_id);
    expect(record).toMatchObject({
      outcome: 'placed',
      placed_by: 'admin@example.com',
      request: { dynamic_variables: { customer_name: 'Ada', visits: 3, vip: true }, twilio: { record: true, ringing_timeout_secs: 30, machine_detection: true } },
      upstream: { conversation_id: call.conversation_id, call_sid: call.call_sid, sip_call_id: null },
      error: null,
    });
    expect(JSON.stringify(record)).not.toContain(SIMULATOR_DEFAULT_API_KEY);
    // The dynamic variables reached the conversation.
    const conversation = await stack.sim(`/v1/convai/conversations/${call.conversation_id}`);
    expect(conversation.conversation_initiation_client_data.dynamic_variables).toMatchObject({ customer_name: 'Ada', visits: 3, vip: true });
  });

  it('places a SIP trunk call through the SIP endpoint (sip_call_id)', async () => {
    const result = await place({ from_phone_number_id: sipId });
    expect(result.status).toBe(200);
    expect(result.body.call).toMatchObject({ provider: 'sip_trunk', outcome: 'placed' });
    expect(result.body.call.call_sid).toMatch(/^SCL_/);
    const record = await callRecord.get(getKv(), result.body.call.call_id);
    expect(record?.upstream).toMatchObject({ sip_call_id: result.body.call.call_sid, call_sid: null });
  });

  it('the same key again (a retry, a resubmission) finds the first call and places nothing', async () => {
    const key = newKey();
    const first = await place({ idempotency_key: key });
    const before = await callsSeen();
    const again = await place({ idempotency_key: key });
    const third = await place({ idempotency_key: key });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ replayed: true, call: { call_id: first.body.call.call_id, conversation_id: first.body.call.conversation_id } });
    expect(third.body.call.call_id).toBe(first.body.call.call_id);
    expect((await callsSeen()).placed).toBe(before.placed);
  });

  it('10 requests with one key at once place one call, and all answer with it', async () => {
    const key = newKey();
    const before = await callsSeen();
    const results = await Promise.all(Array.from({ length: 10 }, () => place({ idempotency_key: key })));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(results.map((r) => r.body.call.call_id)).size).toBe(1);
    expect(results.filter((r) => !r.body.replayed)).toHaveLength(1);
    expect((await callsSeen()).placed).toBe(before.placed + 1);
  });

  it('refuses a reused key with another request (409), placing nothing', async () => {
    const key = newKey();
    await place({ idempotency_key: key });
    const before = await callsSeen();
    const other = await place({ idempotency_key: key, to_number: '+14155550143' });
    expect(other.status).toBe(409);
    expect(other.body.error.details.fields[0].field).toBe('idempotency_key');
    expect((await callsSeen()).received).toBe(before.received);
  });

  it('refuses bad input naming the field, before anything is sent', async () => {
    const before = await callsSeen();
    const cases: [Record<string, unknown>, string][] = [
      [{ to_number: '4155550142' }, 'to_number'],
      [{ to_number: '+1415' }, 'to_number'],
      [{ agent_id: 'agent_nope' }, 'agent_id'],
      [{ from_phone_number_id: 'phnum_nope' }, 'from_phone_number_id'],
      [{ from_phone_number_id: sipId, twilio: { record: true } }, 'twilio'],
      [{ dynamic_variables: { name: { nested: 1 } } }, 'dynamic_variables.name'],
      [{ overrides: { colour: 'red' } }, 'overrides.colour'],
      [{ idempotency_key: 'short' }, 'idempotency_key'],
    ];
    for (const [body, field] of cases) {
      const result = await place(body);
      expect(result.status, field).toBe(422);
      expect(result.body.error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect((await callsSeen()).received).toBe(before.received);
  });

  it('refuses an override the agent does not allow, naming the setting to change; allows it once the agent does', async () => {
    // A real-shaped agent, from the simulator, with only the first message overridable.
    const agent = stack.simulator.state.data.agents[1]!;
    // Whatever the seed allows, this agent starts allowing no override.
    await stack.sim(`/v1/convai/agents/${agent.agent_id}`, {
      method: 'PATCH',
      body: JSON.stringify({ platform_settings: { overrides: { conversation_config_override: { agent: { first_message: false, language: false, prompt: { prompt: false } }, tts: { voice_id: false } } } } }),
    });
    const before = await callsSeen();
    const refused = await place({ agent_id: agent.agent_id, overrides: { first_message: 'Hi {{customer_name}}', language: 'de' } });
    expect(refused.status).toBe(422);
    const fields = refused.body.error.details.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['overrides.first_message', 'overrides.language']);
    expect(fields.find((f) => f.field === 'overrides.language')!.message).toContain('Overrides → Language');
    expect((await callsSeen()).received).toBe(before.received);

    await stack.sim(`/v1/convai/agents/${agent.agent_id}`, {
      method: 'PATCH',
      body: JSON.stringify({ platform_settings: { overrides: { conversation_config_override: { agent: { first_message: true } } } } }),
    });
    const stillRefused = await place({ agent_id: agent.agent_id, overrides: { first_message: 'Hi', language: 'de' } });
    expect(stillRefused.status).toBe(422);
    expect(stillRefused.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['overrides.language']);
    const allowed = await place({ agent_id: agent.agent_id, overrides: { first_message: 'Hi there' } });
    expect(allowed.status).toBe(200);
    expect(allowed.body.call.overrides).toEqual({ first_message: 'Hi there' });
  });

  it('an upstream refusal is recorded as refused with its error, and answered with that error', async () => {
    await stack.sim('/_sim/faults', { method: 'POST', body: JSON.stringify({ rate429: 1, paths: '/v1/convai/twilio' }) });
    const result = await place({});
    expect(result.status).toBe(429);
    expect(result.body.error.code).toBe('rate_limited');
    const call = result.body.error.details.call;
    expect(call).toMatchObject({ outcome: 'refused', status: 'failed' });
    expect(call.failure_reason).toBeTruthy();
    const record = await callRecord.get(getKv(), call.call_id);
    expect(record).toMatchObject({ outcome: 'refused', upstream: null, error: { code: 'rate_limited' } });
  });

  it('a call whose answer never arrives is recorded as unknown and not retried', async () => {
    await stack.sim('/_sim/faults', { method: 'POST', body: JSON.stringify({ delayMs: 800, paths: '/v1/convai/twilio' }) });
    const before = await callsSeen();
    const key = newKey();
    const input = { idempotency_key: key, agent_id: agentId, from_phone_number_id: twilioId, to_number: '+14155550142' };
    const error = await placeCall(input, 'admin@example.com', { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'upstream_timeout', message: UNKNOWN_OUTCOME_MESSAGE });
    const call = (error as { details: { call: { call_id: string } } }).details.call;
    expect(await callRecord.get(getKv(), call.call_id)).toMatchObject({ outcome: 'unknown', upstream: null, error: { code: 'upstream_timeout' } });
    // Sent once, never retried: the one request the simulator received.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect((await callsSeen()).received).toBe(before.received + 1);
    // The same key again does not dial a second time.
    await fetch(`${stack.simulator.url}/_sim/faults`, { method: 'DELETE' });
    const replay = await placeCall(input, 'admin@example.com').catch((e: unknown) => e);
    expect(replay).toMatchObject({ code: 'upstream_timeout', details: { replayed: true } });
    expect((await callsSeen()).received).toBe(before.received + 1);
    const view = await getCall(call.call_id);
    expect(view.body.call).toMatchObject({ status: 'unknown', outcome: 'unknown' });
  });
});

describe('following a call', () => {
  it('goes from initiated to done, with its audio', async () => {
    const placed = await place({ to_number: '+14155550150' });
    const id = placed.body.call.call_id;
    await expect.poll(async () => (await getCall(id)).body.call.status, { timeout: 5000, interval: 50 }).toBe('done');
    expect((await getCall(id)).body.call).toMatchObject({ has_audio: true, failure_reason: null });
  });

  it('a busy number fails with its reason, from the call_initiation_failure record', async () => {
    const placed = await place({ to_number: '+14155550000' });
    const { call_id: id, conversation_id: conversationId } = placed.body.call;
    await expect.poll(async () => (await getCall(id)).body.call.status, { timeout: 5000, interval: 50 }).toBe('failed');
    // What the webhook receiver stores for call_initiation_failure.
    await callFailureRecord.put(getKv(), { conversationId, agentId, reason: 'busy', provider: 'twilio', details: null, at: new Date().toISOString() }, { parts: conversationId });
    expect((await getCall(id)).body.call).toMatchObject({ status: 'failed', failure_reason: 'Busy' });
  });

  it('GET /api/calls/:id answers 404 for an unknown call and 422 for a malformed id', async () => {
    expect((await getCall('8235000000000-0a1b2c3d')).status).toBe(404);
    expect((await getCall('nope')).status).toBe(422);
  });
});

describe('GET /api/calls and the export', () => {
  it('lists newest first from the per-call keys, with filters and a cursor', async () => {
    const all = await callRoute(callsRoute.GET, 'GET', '/api/calls');
    expect(all.status).toBe(200);
    const times = all.body.calls.map((c: { placed_at: string }) => c.placed_at);
    expect([...times].sort().reverse()).toEqual(times);
    const stored = (await callRecord.list(getKv())).entries.length;
    expect(all.body.calls.length).toBe(Math.min(25, stored));

    const sip = await callRoute(callsRoute.GET, 'GET', `/api/calls?from_phone_number_id=${sipId}`);
    expect(sip.body.calls.length).toBeGreaterThan(0);
    expect(sip.body.calls.every((c: { from_phone_number_id: string }) => c.from_phone_number_id === sipId)).toBe(true);
    const refused = await callRoute(callsRoute.GET, 'GET', '/api/calls?outcome=refused');
    expect(refused.body.calls.every((c: { outcome: string }) => c.outcome === 'refused')).toBe(true);
    const future = await callRoute(callsRoute.GET, 'GET', '/api/calls?date_from=2999-01-01');
    expect(future.body.calls).toEqual([]);
    expect((await callRoute(callsRoute.GET, 'GET', '/api/calls?outcome=maybe')).status).toBe(422);
    expect((await callRoute(callsRoute.GET, 'GET', '/api/calls?cursor=zzz')).status).toBe(422);
  });

  it('pages with the cursor without losing or repeating a call', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => place({ to_number: `+1415555${String(2000 + i)}` })));
    const stored = (await callRecord.list(getKv())).entries.map((e) => e.id);
    const first = await callRoute(callsRoute.GET, 'GET', '/api/calls');
    expect(first.body.next_cursor).toBeTruthy();
    const second = await callRoute(callsRoute.GET, 'GET', `/api/calls?cursor=${encodeURIComponent(first.body.next_cursor)}`);
    const ids = [...first.body.calls, ...second.body.calls].map((c: { call_id: string }) => c.call_id);
    expect(ids).toEqual(stored.slice(0, ids.length));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('exports CSV with formula cells escaped', async () => {
    const result = await callRoute(exportRoute.GET, 'GET', '/api/calls/export');
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('text/csv');
    const lines = result.text.trim().split('\r\n');
    expect(lines[0]).toBe('placed_at,status,outcome,agent,agent_id,from_number,provider,to_number,conversation_id,call_sid,failure_reason,placed_by,call_id');
    expect(lines.length - 1).toBe((await callRecord.list(getKv())).entries.length);
    // Phone numbers start with "+", which a spreadsheet would read as a formula.
    expect(result.text).toContain("'+14155550142");
  });
});

describe('phone numbers', () => {
  it('lists every number with its provider, whether it can call out, and its agent', async () => {
    const result = await callRoute(numbersRoute.GET, 'GET', '/api/phone-numbers');
    expect(result.status).toBe(200);
    expect(result.body.phone_numbers).toHaveLength(stack.simulator.state.data.phoneNumbers.length);
    expect(result.body.phone_numbers[0]).toMatchObject({ provider: 'twilio', can_call_out: true, supports_inbound: true, assigned_agent: { agent_id: expect.any(String) } });
  });

  it('assigns and unassigns an agent', async () => {
    const other = stack.simulator.state.data.agents[2]!;
    const assign = await callRoute(numberRoute.PATCH, 'PATCH', `/api/phone-numbers/${twilioId}`, { agent_id: other.agent_id }, { params: { id: twilioId } });
    expect(assign.status).toBe(200);
    expect(assign.body.phone_number.assigned_agent).toEqual({ agent_id: other.agent_id, agent_name: other.name });
    const unassign = await callRoute(numberRoute.PATCH, 'PATCH', `/api/phone-numbers/${twilioId}`, { agent_id: null }, { params: { id: twilioId } });
    expect(unassign.body.phone_number.assigned_agent).toBeNull();
    const unknownAgent = await callRoute(numberRoute.PATCH, 'PATCH', `/api/phone-numbers/${twilioId}`, { agent_id: 'agent_nope' }, { params: { id: twilioId } });
    expect(unknownAgent.status).toBe(404);
    const bad = await callRoute(numberRoute.PATCH, 'PATCH', `/api/phone-numbers/${twilioId}`, { agent: 'x' }, { params: { id: twilioId } });
    expect(bad.status).toBe(422);
  });
});
