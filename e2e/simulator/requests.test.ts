// Request bodies of the write endpoints are checked against the official SDK's request schemas:
// unknown top-level fields and wrong types answer 422 in FastAPI's shape; agent config keeps
// fields the SDK does not know yet, as the real API does.
import * as sdk from '@elevenlabs/elevenlabs-js/serialization/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_DEFAULT_API_KEY } from './defaults';
import { startSimulator, type RunningSimulator } from './server';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0, callDurationMs: 50 });
});
afterAll(() => simulator.close());

type Detail = { type: string; loc: (string | number)[]; msg: string; input?: unknown }[];

async function send(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${simulator.url}${path}`, {
    method,
    headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

const agentId = () => simulator.state.data.agents[0]!.agent_id;
const phoneOf = (provider: 'twilio' | 'sip_trunk') => simulator.state.data.phoneNumbers.find((p) => p.provider === provider)!.phone_number_id;
const later = () => Math.floor(Date.now() / 1000) + 3600;

/** Each write endpoint with a body it accepts. */
const ENDPOINTS: { name: string; method: string; path: () => string; valid: () => Record<string, unknown> }[] = [
  { name: 'agents create', method: 'POST', path: () => '/v1/convai/agents/create', valid: () => ({ conversation_config: {}, name: 'Valid', tags: ['a'] }) },
  { name: 'agents patch', method: 'PATCH', path: () => `/v1/convai/agents/${agentId()}`, valid: () => ({ name: simulator.state.data.agents[0]!.name }) },
  { name: 'agents duplicate', method: 'POST', path: () => `/v1/convai/agents/${agentId()}/duplicate`, valid: () => ({ name: 'Copy' }) },
  {
    name: 'twilio outbound call',
    method: 'POST',
    path: () => '/v1/convai/twilio/outbound-call',
    valid: () => ({ agent_id: agentId(), agent_phone_number_id: phoneOf('twilio'), to_number: '+14155550111', call_recording_enabled: false }),
  },
  {
    name: 'sip-trunk outbound call',
    method: 'POST',
    path: () => '/v1/convai/sip-trunk/outbound-call',
    valid: () => ({ agent_id: agentId(), agent_phone_number_id: phoneOf('sip_trunk'), to_number: '+14155550111', telephony_call_config: { ringing_timeout_secs: 30 } }),
  },
  {
    name: 'batch submit',
    method: 'POST',
    path: () => '/v1/convai/batch-calling/submit',
    valid: () => ({ call_name: 'Valid', agent_id: agentId(), agent_phone_number_id: phoneOf('twilio'), scheduled_time_unix: later(), recipients: [{ phone_number: '+14155550123' }] }),
  },
  {
    name: 'phone number update',
    method: 'PATCH',
    path: () => `/v1/convai/phone-numbers/${phoneOf('twilio')}`,
    valid: () => ({ label: simulator.state.data.phoneNumbers.find((p) => p.provider === 'twilio')!.label }),
  },
];

describe('write endpoints check bodies against the SDK request schemas', () => {
  it.each(ENDPOINTS)('$name: a valid body is accepted', async ({ method, path, valid }) => {
    const response = await send(method, path(), valid());
    expect(response.status, JSON.stringify(response.json)).toBe(200);
  });

  it.each(ENDPOINTS)('$name: a misspelt field -> 422 naming it', async ({ method, path, valid }) => {
    const response = await send(method, path(), { ...valid(), nmae: 'typo' });
    expect(response.status).toBe(422);
    expect(response.json).toEqual({ detail: [{ type: 'extra_forbidden', loc: ['body', 'nmae'], msg: 'Extra inputs are not permitted', input: 'typo' }] });
  });

  it.each(ENDPOINTS)('$name: the 422 parses under the SDK HttpValidationError (input aside)', async ({ method, path, valid }) => {
    const { json } = await send(method, path(), { ...valid(), nmae: 'typo' });
    const withoutInput = { detail: (json.detail as Detail).map(({ input: _input, ...rest }) => rest) };
    expect(sdk.HttpValidationError.parse(withoutInput, { unrecognizedObjectKeys: 'fail' }).ok).toBe(true);
  });

  it.each([
    ['a wrong type', { conversation_config: {}, name: 3 }, [{ type: 'string_type', loc: ['body', 'name'], msg: 'Input should be a valid string', input: 3 }]],
    ['a missing field', { name: 'x' }, [{ type: 'missing', loc: ['body', 'conversation_config'], msg: 'Field required', input: { name: 'x' } }]],
    // The SDK's list schema loses the field's path on a non-list; the simulator finds it again.
    ['a non-list', { conversation_config: {}, tags: 'a' }, [{ type: 'list_type', loc: ['body', 'tags'], msg: 'Input should be a valid list', input: 'a' }]],
    ['a nested wrong type', { conversation_config: { agent: { first_message: 5 } } }, [{ type: 'string_type', loc: ['body', 'conversation_config', 'agent', 'first_message'], msg: 'Input should be a valid string', input: 5 }]],
    ['not an object', [1], [{ type: 'dict_type', loc: ['body'], msg: 'Input should be a valid dictionary', input: [1] }]],
    ['not JSON', '{"name":', [{ type: 'json_invalid', loc: ['body'], msg: 'JSON decode error', input: {} }]],
  ])('agents create: %s -> 422', async (_name, body, detail) => {
    const response = await send('POST', '/v1/convai/agents/create', body);
    expect(response.status).toBe(422);
    expect(response.json).toEqual({ detail });
  });

  it('lists every problem in field order, as pydantic does', async () => {
    const response = await send('POST', '/v1/convai/twilio/outbound-call', { zzz: 1, to_number: '555', agent_id: 'x' });
    expect((response.json.detail as Detail).map((d) => `${d.type}:${d.loc.join('.')}`)).toEqual([
      'missing:body.agent_phone_number_id',
      'value_error:body.to_number',
      'extra_forbidden:body.zzz',
    ]);
  });

  it('keeps agent config fields the SDK does not know, as the real API does', async () => {
    const created = await send('POST', '/v1/convai/agents/create', { conversation_config: { agent: { first_message: 'Hi', future_knob: 7 } }, platform_settings: { future_setting: true } });
    expect(created.status).toBe(200);
    const agent = (await send('GET', `/v1/convai/agents/${created.json.agent_id}`)).json;
    expect(agent.conversation_config.agent.future_knob).toBe(7);
    expect(agent.platform_settings.future_setting).toBe(true);
    const patched = await send('PATCH', `/v1/convai/agents/${created.json.agent_id}`, { conversation_config: { tts: { future_voice_knob: 'x' } } });
    expect(patched.status).toBe(200);
    expect(patched.json.conversation_config.tts.future_voice_knob).toBe('x');
  });

  it('refuses unknown keys below the top level outside agent config', async () => {
    const body = ENDPOINTS.find((e) => e.name === 'batch submit')!.valid();
    const response = await send('POST', '/v1/convai/batch-calling/submit', { ...body, recipients: [{ phone_numbr: '+14155550123' }] });
    expect(response.status).toBe(422);
    expect((response.json.detail as Detail).map((d) => `${d.type}:${d.loc.join('.')}`)).toEqual(['extra_forbidden:body.recipients.0.phone_numbr', 'missing:body.recipients.0.phone_number']);
  });

  it('keeps the simulator checks beyond the SDK: E.164 numbers, at least one recipient, whole seconds', async () => {
    const body = ENDPOINTS.find((e) => e.name === 'batch submit')!.valid();
    const response = await send('POST', '/v1/convai/batch-calling/submit', { ...body, scheduled_time_unix: 1.5, recipients: [] });
    expect((response.json.detail as Detail).map((d) => `${d.type}:${d.loc.join('.')}`)).toEqual(['too_short:body.recipients', 'int_type:body.scheduled_time_unix']);
  });

  it('validates the body before looking up the id (422 before 404), as FastAPI does', async () => {
    expect((await send('PATCH', '/v1/convai/agents/agent_nope', { nmae: 'x' })).status).toBe(422);
    expect((await send('PATCH', '/v1/convai/agents/agent_nope', { name: 'x' })).status).toBe(404);
  });

  it('duplicate takes no body at all', async () => {
    expect((await send('POST', `/v1/convai/agents/${agentId()}/duplicate`)).status).toBe(200);
  });
});

describe('phone numbers: one number, assign and unassign', () => {
  const path = (id: string) => `/v1/convai/phone-numbers/${id}`;

  it.each([
    ['GET', undefined],
    ['PATCH', { label: 'x' }],
  ])('%s an unknown id -> 404 phone_number_not_found in the real shape', async (method, body) => {
    const response = await send(method, path('phnum_nope'), body);
    expect(response.status).toBe(404);
    expect(response.json.detail).toMatchObject({ type: 'not_found', code: 'phone_number_not_found', status: 'phone_number_not_found' });
    expect(response.json.detail.request_id).toBeTruthy();
  });

  it('assigns an agent (the agent lists the number), then unassigns with agent_id: null', async () => {
    const phone = phoneOf('twilio');
    const agent = simulator.state.data.agents[2]!;
    const assigned = await send('PATCH', path(phone), { agent_id: agent.agent_id });
    expect(assigned.status).toBe(200);
    expect(assigned.json.assigned_agent).toEqual({ agent_id: agent.agent_id, agent_name: agent.name });
    expect((await send('GET', path(phone))).json.assigned_agent.agent_id).toBe(agent.agent_id);
    const agentView = (await send('GET', `/v1/convai/agents/${agent.agent_id}`)).json;
    expect(agentView.phone_numbers.map((p: { phone_number_id: string }) => p.phone_number_id)).toContain(phone);

    const label = (await send('GET', path(phone))).json.label;
    const unassigned = await send('PATCH', path(phone), { agent_id: null });
    expect(unassigned.json.assigned_agent).toBeNull();
    expect(unassigned.json.label).toBe(label);
  });

  it('an unknown agent -> 404 agent_not_found, the number unchanged', async () => {
    const phone = phoneOf('sip_trunk');
    const before = (await send('GET', path(phone))).json;
    const response = await send('PATCH', path(phone), { agent_id: 'agent_nope' });
    expect(response.status).toBe(404);
    expect(response.json.detail.code).toBe('agent_not_found');
    expect((await send('GET', path(phone))).json).toEqual(before);
  });

  it('changes a SIP trunk; the password is never shown; Twilio numbers refuse trunk settings', async () => {
    const sip = await send('PATCH', path(phoneOf('sip_trunk')), { outbound_trunk_config: { address: 'sip.new.example', credentials: { username: 'u', password: 'secret' } }, livekit_stack: 'static' });
    expect(sip.status).toBe(200);
    expect(sip.json.outbound_trunk).toMatchObject({ address: 'sip.new.example', transport: 'tls', has_auth_credentials: true, username: 'u' });
    expect(sip.json.livekit_stack).toBe('static');
    expect(JSON.stringify(sip.json)).not.toContain('secret');
    const twilio = await send('PATCH', path(phoneOf('twilio')), { livekit_stack: 'static' });
    expect(twilio.status).toBe(400);
    expect(twilio.json.detail.status).toBe('invalid_phone_number_provider');
  });

  it('refuses a wrong type with a 422 naming the field', async () => {
    const response = await send('PATCH', path(phoneOf('sip_trunk')), { livekit_stack: 'turbo', store_sip_messages: 'yes' });
    expect(response.status).toBe(422);
    expect((response.json.detail as Detail).map((d) => `${d.type}:${d.loc.join('.')}`)).toEqual(['enum:body.livekit_stack', 'bool_type:body.store_sip_messages']);
  });
});
