// Every simulator response the dashboard consumes parses under the official SDK's own runtime
// schemas with unknown keys refused: if the simulator drifts from the real API, this fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sdk from '@elevenlabs/elevenlabs-js/serialization/index.js';
import { SIMULATOR_DEFAULT_API_KEY } from './defaults';
import { startSimulator, type RunningSimulator } from './server';

let simulator: RunningSimulator;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, callDurationMs: 50 });
});
afterAll(() => simulator.close());

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${simulator.url}${path}`, {
    method,
    headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

const STRICT = {
  unrecognizedObjectKeys: 'fail',
  allowUnrecognizedUnionMembers: false,
  allowUnrecognizedEnumValues: false,
  skipValidation: false,
} as const;

function expectParses(schema: { parse: (raw: unknown, opts: object) => { ok: boolean; errors?: unknown } }, body: unknown) {
  const result = schema.parse(body, STRICT);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

/**
 * The SDK's ValidationError model predates pydantic v2's `input` (the API sends it, observed live),
 * so each item must carry it and the rest must parse strictly.
 */
function expectValidationBody(body: { detail: Record<string, unknown>[] }) {
  for (const item of body.detail) expect(item).toHaveProperty('input');
  expectParses(sdk.HttpValidationError, { detail: body.detail.map(({ input: _input, ...rest }) => rest) });
}

async function conversations(query = '') {
  return (await call('GET', `/v1/convai/conversations?page_size=100${query}`)).json;
}

async function detailWhere(predicate: (c: Record<string, unknown>) => boolean) {
  let cursor = '';
  for (;;) {
    const page = await conversations(cursor ? `&cursor=${cursor}` : '');
    for (const summary of page.conversations) {
      const detail = (await call('GET', `/v1/convai/conversations/${summary.conversation_id}`)).json;
      if (predicate(detail)) return detail;
    }
    if (!page.has_more) throw new Error('no matching conversation in the seed');
    cursor = page.next_cursor;
  }
}

describe('SDK contract', () => {
  it('the strict parse really refuses unknown keys and wrong enums (control)', async () => {
    const detail = await detailWhere((c) => c.status === 'done');
    expect(sdk.GetConversationResponseModel.parse({ ...detail, surprise: 1 }, STRICT).ok).toBe(false);
    expect(sdk.GetConversationResponseModel.parse({ ...detail, status: 'finished' }, STRICT).ok).toBe(false);
  });

  it('GET /v1/user and /v1/user/subscription', async () => {
    expectParses(sdk.User, (await call('GET', '/v1/user')).json);
    expectParses(sdk.Subscription, (await call('GET', '/v1/user/subscription')).json);
  });

  it('GET /v1/convai/conversations with and without summaries', async () => {
    expectParses(sdk.GetConversationsPageResponseModel, await conversations());
    expectParses(sdk.GetConversationsPageResponseModel, await conversations('&summary_mode=include'));
  });

  it.each([
    ['done with audio', (c: Record<string, unknown>) => c.status === 'done' && c.has_audio === true],
    ['done without audio', (c: Record<string, unknown>) => c.status === 'done' && c.has_audio === false],
    ['failed', (c: Record<string, unknown>) => c.status === 'failed'],
    ['in progress', (c: Record<string, unknown>) => c.status === 'in-progress'],
    ['phone call', (c: Record<string, unknown>) => Boolean((c.metadata as Record<string, unknown>).phone_call)],
    ['tool calls', (c: Record<string, unknown>) => (c.transcript as { tool_calls: unknown[] }[]).some((t) => t.tool_calls.length > 0)],
  ])('GET /v1/convai/conversations/:id (%s)', async (_name, predicate) => {
    expectParses(sdk.GetConversationResponseModel, await detailWhere(predicate));
  });

  it('agents: list, get, create, patch, duplicate', async () => {
    const list = (await call('GET', '/v1/convai/agents?page_size=100')).json;
    expectParses(sdk.GetAgentsPageResponseModel, list);
    const id = list.agents[0].agent_id;
    expectParses(sdk.GetAgentResponseModel, (await call('GET', `/v1/convai/agents/${id}`)).json);
    const created = (await call('POST', '/v1/convai/agents/create', { conversation_config: {}, name: 'Contract' })).json;
    expectParses(sdk.CreateAgentResponseModel, created);
    const patched = (await call('PATCH', `/v1/convai/agents/${created.agent_id}`, { name: 'Renamed', conversation_config: { agent: { first_message: 'Hi' } } })).json;
    expectParses(sdk.GetAgentResponseModel, patched);
    expect(patched.conversation_config.agent.first_message).toBe('Hi');
    expectParses(sdk.CreateAgentResponseModel, (await call('POST', `/v1/convai/agents/${id}/duplicate`, {})).json);
  });

  it('agents: every seeded agent, sorts, paging, and a PATCH of fields the dashboard does not know', async () => {
    const list = (await call('GET', '/v1/convai/agents?page_size=100')).json;
    for (const summary of list.agents) expectParses(sdk.GetAgentResponseModel, (await call('GET', `/v1/convai/agents/${summary.agent_id}`)).json);
    for (const sort of ['name', 'created_at', 'call_count_7d']) {
      const page = (await call('GET', `/v1/convai/agents?page_size=2&sort_by=${sort}&sort_direction=asc`)).json;
      expectParses(sdk.GetAgentsPageResponseModel, page);
      expect(page).toMatchObject({ has_more: true });
      const next = (await call('GET', `/v1/convai/agents?page_size=2&sort_by=${sort}&sort_direction=asc&cursor=${page.next_cursor}`)).json;
      expectParses(sdk.GetAgentsPageResponseModel, next);
    }
    const id = list.agents[0].agent_id;
    const patched = await call('PATCH', `/v1/convai/agents/${id}`, {
      conversation_config: { turn: { turn_eagerness: 'patient' }, tts: { speed: 1.05 } },
      platform_settings: { call_limits: { daily_limit: 50 } },
    });
    expect(patched.status).toBe(200);
    expectParses(sdk.GetAgentResponseModel, patched.json);
  });

  it('agents: 422 for a value out of bounds or an unknown enum, in the real detail shape', async () => {
    const [agent] = (await call('GET', '/v1/convai/agents?page_size=1')).json.agents;
    const bounds = await call('PATCH', `/v1/convai/agents/${agent.agent_id}`, { conversation_config: { tts: { speed: 2 } } });
    expect(bounds.status).toBe(422);
    expect(bounds.json.detail[0]).toMatchObject({ loc: ['body', 'conversation_config', 'tts', 'speed'], type: 'less_than_equal' });
    expectValidationBody(bounds.json);
    const llm = await call('PATCH', `/v1/convai/agents/${agent.agent_id}`, { conversation_config: { agent: { prompt: { llm: 'gpt-99' } } } });
    expect(llm.status).toBe(422);
    expect(llm.json.detail[0]).toMatchObject({ loc: ['body', 'conversation_config', 'agent', 'prompt', 'llm'], type: 'enum' });
    expectValidationBody(llm.json);
  });

  it('phone numbers v1 and v2', async () => {
    const v1 = (await call('GET', '/v1/convai/phone-numbers')).json;
    expect(v1.map((p: { provider: string }) => p.provider).sort()).toEqual(['sip_trunk', 'sip_trunk', 'twilio', 'twilio']);
    for (const item of v1) expectParses(sdk.conversationalAi.PhoneNumbersListResponseItem, item);
  });

  it('phone numbers: get one, and PATCH to assign, unassign, relabel and change a SIP trunk', async () => {
    const phones = (await call('GET', '/v1/convai/phone-numbers')).json;
    const [agent] = (await call('GET', '/v1/convai/agents?page_size=100')).json.agents;
    for (const phone of phones) {
      expectParses(sdk.conversationalAi.PhoneNumbersGetResponse, (await call('GET', `/v1/convai/phone-numbers/${phone.phone_number_id}`)).json);
      const assigned = await call('PATCH', `/v1/convai/phone-numbers/${phone.phone_number_id}`, { agent_id: agent.agent_id, label: 'Contract' });
      expectParses(sdk.conversationalAi.PhoneNumbersUpdateResponse, assigned.json);
      expectParses(sdk.conversationalAi.PhoneNumbersUpdateResponse, (await call('PATCH', `/v1/convai/phone-numbers/${phone.phone_number_id}`, { agent_id: null })).json);
    }
    const sip = phones.find((p: { provider: string }) => p.provider === 'sip_trunk');
    const trunk = await call('PATCH', `/v1/convai/phone-numbers/${sip.phone_number_id}`, {
      outbound_trunk_config: { address: 'sip.new.example', transport: 'tcp', credentials: { username: 'u', password: 'p' }, headers: { 'X-A': '1' } },
      inbound_trunk_config: { allowed_addresses: ['10.0.0.0/8'], credentials: null },
      livekit_stack: 'static',
      store_sip_messages: true,
    });
    expectParses(sdk.conversationalAi.PhoneNumbersUpdateResponse, trunk.json);
    expectParses(sdk.GetAgentResponseModel, (await call('GET', `/v1/convai/agents/${agent.agent_id}`)).json);
  });

  it('outbound calls: Twilio and SIP trunk', async () => {
    const [agent] = (await call('GET', '/v1/convai/agents?page_size=100')).json.agents;
    const phones = (await call('GET', '/v1/convai/phone-numbers')).json;
    const twilio = phones.find((p: { provider: string }) => p.provider === 'twilio');
    const sip = phones.find((p: { provider: string }) => p.provider === 'sip_trunk');
    const body = { agent_id: agent.agent_id, to_number: '+14155550111' };
    expectParses(sdk.TwilioOutboundCallResponse, (await call('POST', '/v1/convai/twilio/outbound-call', { ...body, agent_phone_number_id: twilio.phone_number_id })).json);
    // A call that rings for a second, so the conversation is read while it rings.
    await call('POST', '/_sim/config', { callDurationMs: 3000 });
    const placed = (await call('POST', '/v1/convai/sip-trunk/outbound-call', { ...body, agent_phone_number_id: sip.phone_number_id })).json;
    await call('POST', '/_sim/config', { callDurationMs: 50 });
    expectParses(sdk.SipTrunkOutboundCallResponse, placed);
    // While it rings, the placed call's conversation is `initiated`, in the real shape.
    const ringing = (await call('GET', `/v1/convai/conversations/${placed.conversation_id}`)).json;
    expect(ringing.status).toBe('initiated');
    expectParses(sdk.GetConversationResponseModel, ringing);
    // With every field the form can send: dynamic variables, overrides, Twilio's telephony settings.
    const full = await call('POST', '/v1/convai/twilio/outbound-call', {
      ...body,
      agent_phone_number_id: twilio.phone_number_id,
      conversation_initiation_client_data: { dynamic_variables: { name: 'Ada', visits: 3, vip: true }, conversation_config_override: { agent: { first_message: 'Hi', language: 'de', prompt: { prompt: 'Brief' } }, tts: { voice_id: 'v1' } } },
      call_recording_enabled: true,
      telephony_call_config: { ringing_timeout_secs: 30, twilio_machine_detection: { mode: 'enable' } },
    });
    expect(full.status).toBe(200);
    expectParses(sdk.TwilioOutboundCallResponse, full.json);
  });

  it('batch calling: submit, list, get, cancel, retry', async () => {
    const [agent] = (await call('GET', '/v1/convai/agents?page_size=100')).json.agents;
    const [phone] = (await call('GET', '/v1/convai/phone-numbers')).json;
    const submitted = (
      await call('POST', '/v1/convai/batch-calling/submit', {
        call_name: 'Contract',
        agent_id: agent.agent_id,
        agent_phone_number_id: phone.phone_number_id,
        scheduled_time_unix: Math.floor(Date.now() / 1000) + 3600,
        recipients: [{ phone_number: '+14155550122', conversation_initiation_client_data: { dynamic_variables: { name: 'A' } } }],
      })
    ).json;
    expectParses(sdk.BatchCallResponse, submitted);
    expectParses(sdk.WorkspaceBatchCallsResponse, (await call('GET', '/v1/convai/batch-calling/workspace')).json);
    expectParses(sdk.BatchCallDetailedResponse, (await call('GET', `/v1/convai/batch-calling/${submitted.id}`)).json);
    expectParses(sdk.BatchCallResponse, (await call('POST', `/v1/convai/batch-calling/${submitted.id}/cancel`)).json);
    const completed = (await call('GET', '/v1/convai/batch-calling/workspace')).json.batch_calls.find(
      (b: { status: string; name: string }) => b.status === 'completed' && b.name === 'October check-ups',
    );
    expectParses(sdk.BatchCallResponse, (await call('POST', `/v1/convai/batch-calling/${completed.id}/retry`)).json);
  });

  it('batch calling over time: every recipient status, retry and delete, the large bench batch', async () => {
    await call('POST', '/_sim/batches/config', { dispatchMs: 20, ringMs: 20, callMs: 40, tickMs: 20 });
    const [agent] = (await call('GET', '/v1/convai/agents?page_size=100')).json.agents;
    const [phone] = (await call('GET', '/v1/convai/phone-numbers')).json;
    const recipients = ['+14155550000', '+14155559999', '+14155553001', '+14155553002'].map((phone_number) => ({ phone_number }));
    const submitted = (await call('POST', '/v1/convai/batch-calling/submit', { call_name: 'Contract run', agent_id: agent.agent_id, agent_phone_number_id: phone.phone_number_id, recipients, target_concurrency_limit: 2 })).json;
    expectParses(sdk.BatchCallResponse, submitted);
    const seen = new Set<string>();
    await expect
      .poll(async () => {
        const detail = (await call('GET', `/v1/convai/batch-calling/${submitted.id}`)).json;
        expectParses(sdk.BatchCallDetailedResponse, detail);
        for (const r of detail.recipients) seen.add(r.status);
        return detail.status;
      }, { timeout: 5000, interval: 5 })
      .toBe('completed');
    expect([...seen]).toEqual(expect.arrayContaining(['dispatched', 'completed', 'failed', 'voicemail']));
    expectParses(sdk.BatchCallResponse, (await call('POST', `/v1/convai/batch-calling/${submitted.id}/retry`)).json);
    expect((await call('DELETE', `/v1/convai/batch-calling/${submitted.id}`)).status).toBe(200);
    const large = (await call('POST', '/_sim/batches/large', { count: 500 })).json;
    expectParses(sdk.BatchCallDetailedResponse, (await call('GET', `/v1/convai/batch-calling/${large.id}`)).json);
    expectParses(sdk.WorkspaceBatchCallsResponse, (await call('GET', '/v1/convai/batch-calling/workspace?limit=2')).json);
    await call('POST', '/_sim/reset');
  });

  it('live count and the 422 body', async () => {
    expectParses(sdk.GetLiveCountResponse, (await call('GET', '/v1/convai/analytics/live-count')).json);
    const invalid = await call('GET', '/v1/convai/conversations?page_size=500');
    expect(invalid.status).toBe(422);
    const { detail } = invalid.json;
    expect(detail[0]).toMatchObject({ loc: ['query', 'page_size'], type: 'less_than_equal' });
    expectValidationBody(invalid.json);
  });
});
