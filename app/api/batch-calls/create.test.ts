// POST /api/batch-calls and GET /api/batch-calls/estimate against the simulator and real local KV.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchRecord } from '@/lib/batches/records';
import { getKv } from '@/lib/kv';
import { writeBillingPlan } from '@/lib/settings/store';
import { callRoute } from '@/lib/testing/routes';
import { useRouteStack } from '@/lib/testing/route-stack';
import * as submitRoute from './route';
import * as estimateRoute from './estimate/route';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

const stack = useRouteStack();

let agentId: string;
let phoneNumberId: string;

const submitCount = async () => ((await stack.sim('/_sim/requests')) as Record<string, number>)['/v1/convai/batch-calling/submit'] ?? 0;
const batchCount = async () => (await stack.sim('/v1/convai/batch-calling/workspace?limit=1000')).batch_calls.length as number;

let keySeq = 0;
function body(extra: Record<string, unknown> = {}) {
  return {
    idempotency_key: `test-key-${Date.now()}-${keySeq++}`,
    call_name: 'June reminders',
    agent_id: agentId,
    agent_phone_number_id: phoneNumberId,
    recipients: [
      { phone_number: '+12125552671', conversation_initiation_client_data: { dynamic_variables: { customer_name: 'Ada', visits: 3, vip: true } } },
      { phone_number: '+12125552672', conversation_initiation_client_data: { dynamic_variables: { customer_name: 'Bob' } } },
    ],
    ...extra,
  };
}

const submit = (input: unknown) => callRoute(submitRoute.POST, 'POST', '/api/batch-calls', input);

beforeAll(async () => {
  const numbers = await stack.sim('/v1/convai/phone-numbers');
  phoneNumberId = numbers[0].phone_number_id;
  agentId = numbers[0].assigned_agent.agent_id;
  // The seed's agents allow some overrides; this file's agent allows none, whatever the seed says.
  const agent = stack.simulator.state.data.agents.find((a) => a.agent_id === agentId)!;
  agent.platform_settings.overrides = { conversation_config_override: { agent: { first_message: false, language: false, prompt: { prompt: false } }, tts: { voice_id: false } } };
});

describe('POST /api/batch-calls', () => {
  it('submits the batch and answers ElevenLabs’ batch', async () => {
    const before = await batchCount();
    const response = await submit(body());
    expect(response.status).toBe(200);
    expect(response.body.replayed).toBe(false);
    expect(response.body.batch).toMatchObject({ name: 'June reminders', agent_id: agentId, total_calls_scheduled: 2 });
    expect(await batchCount()).toBe(before + 1);
    const detail = await stack.sim(`/v1/convai/batch-calling/${response.body.batch.id}`);
    expect(detail.recipients[0].conversation_initiation_client_data.dynamic_variables).toEqual({ customer_name: 'Ada', visits: 3, vip: true });
    // Stored where the list and detail look when ElevenLabs is down.
    expect(await batchRecord.get(getKv(), response.body.batch.id)).toMatchObject({ batch: { id: response.body.batch.id, name: 'June reminders' }, recipients: null });
  });

  it('sends once when the same key comes again: the repeat gets the first answer', async () => {
    const input = body();
    const before = await submitCount();
    const first = await submit(input);
    const second = await submit(input);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ batch: first.body.batch, replayed: true });
    expect((await submitCount()) - before).toBe(1);
  });

  it('sends once when requests with the same key arrive together', async () => {
    await stack.sim('/_sim/faults', { method: 'POST', body: JSON.stringify({ delayMs: 400, paths: '/v1/convai/batch-calling/submit' }) });
    const input = body();
    const before = await batchCount();
    const answers = await Promise.all([submit(input), submit(input), submit(input), submit(input)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.batch.id)).size).toBe(1);
    expect(answers.filter((a) => a.body.replayed === false)).toHaveLength(1);
    expect(await batchCount()).toBe(before + 1);
  });

  it('refuses a key reused for another batch', async () => {
    const input = body();
    expect((await submit(input)).status).toBe(200);
    const other = await submit({ ...input, call_name: 'Something else' });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toMatch(/already used for a different request/);
  });

  it('never sends again after a submit whose outcome is unknown', async () => {
    await stack.sim('/_sim/faults', { method: 'POST', body: JSON.stringify({ rate500: 1, paths: '/v1/convai/batch-calling/submit' }) });
    const input = body();
    const before = await submitCount();
    expect((await submit(input)).status).toBe(502);
    await fetch(`${stack.simulator.url}/_sim/faults`, { method: 'DELETE' });
    const again = await submit(input);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/Check Batch calls/);
    expect((await submitCount()) - before).toBe(1);
  });

  it('frees the key when ElevenLabs refuses outright, so a corrected retry goes through', async () => {
    const input = body({ agent_phone_number_id: 'phnum_does_not_exist' });
    expect((await submit(input)).status).toBe(404);
    const retry = await submit({ ...input, agent_phone_number_id: phoneNumberId });
    // A changed body under the same key is another batch only once one was made; none was.
    expect(retry.status).toBe(200);
  });

  it.each([
    ['more than 10,000 recipients', () => body({ recipients: Array.from({ length: 10_001 }, (_, i) => ({ phone_number: `+1212555${String(i % 10_000).padStart(4, '0')}`, conversation_initiation_client_data: { dynamic_variables: {} } })) }), 'recipients', /at most 10,000/],
    ['no recipients', () => body({ recipients: [] }), 'recipients', /at least one/],
    ['a number not in E.164', () => body({ recipients: [{ phone_number: '212 555 2671', conversation_initiation_client_data: { dynamic_variables: {} } }] }), 'recipients.0.phone_number', /E\.164/],
    ['an unknown field', () => ({ ...body(), extra: 1 }), 'extra', /not a known field/],
    ['a missing name', () => body({ call_name: '  ' }), 'call_name', /name/],
    ['a bad idempotency key', () => body({ idempotency_key: 'x' }), 'idempotency_key', /16–128/],
    ['a concurrency limit of 0', () => body({ target_concurrency_limit: 0 }), 'target_concurrency_limit', /./],
    ['duplicate numbers', () => body({ recipients: [body().recipients[0], body().recipients[0]] }), 'recipients.1.phone_number', /also recipient 1/],
    [
      'an override the agent does not allow',
      () => body({ recipients: [{ phone_number: '+12125552671', conversation_initiation_client_data: { dynamic_variables: {}, conversation_config_override: { agent: { language: 'fr' } } } }] }),
      'recipients.language',
      /Overrides → Language/,
    ],
  ])('refuses %s with 422 naming the field, and sends nothing', async (_, make, field, message) => {
    const before = await submitCount();
    const response = await submit(make());
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.details.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]));
    expect((await submitCount()) - before).toBe(0);
  });
});

describe('GET /api/batch-calls/estimate', () => {
  it('answers the agent’s average call length and the account’s plan', async () => {
    const response = await callRoute(estimateRoute.GET, 'GET', `/api/batch-calls/estimate?agent_id=${agentId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ plan: 'pro', tier: 'pro' });
    expect(response.body.sample_size).toBeGreaterThan(0);
    expect(response.body.average_call_secs).toBeGreaterThan(0);
  });

  describe('when the account names no plan the dashboard knows', () => {
    const estimate = () => callRoute(estimateRoute.GET, 'GET', `/api/batch-calls/estimate?agent_id=${agentId}`);
    beforeEach(() => stack.sim('/_sim/config', { method: 'POST', body: JSON.stringify({ subscriptionTier: 'enterprise_custom' }) }));
    afterAll(async () => {
      await stack.sim('/_sim/config', { method: 'POST', body: JSON.stringify({ subscriptionTier: 'pro' }) });
      await writeBillingPlan({ plan: null, ratePerMinute: null });
    });

    it.each([
      ['nothing saved: no plan', { plan: null, ratePerMinute: null }, { plan: null, plan_source: null, rate_per_minute: null }],
      ['the plan saved in Settings', { plan: 'scale', ratePerMinute: null }, { plan: 'scale', plan_source: 'settings', rate_per_minute: null }],
      ['the plan and rate saved', { plan: 'business', ratePerMinute: 0.07 }, { plan: 'business', plan_source: 'settings', rate_per_minute: 0.07 }],
    ] as const)('%s', async (_name, saved, expected) => {
      await writeBillingPlan(saved);
      const response = await estimate();
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ tier: 'enterprise_custom', ...expected });
    });

    it('the account’s own plan wins over the saved one, and the saved rate still applies', async () => {
      await writeBillingPlan({ plan: 'free', ratePerMinute: 0.12 });
      await stack.sim('/_sim/config', { method: 'POST', body: JSON.stringify({ subscriptionTier: 'creator_annual' }) });
      expect((await estimate()).body).toMatchObject({ plan: 'creator', plan_source: 'account', rate_per_minute: 0.12 });
    });
  });

  it('refuses a missing agent id with 422', async () => {
    const response = await callRoute(estimateRoute.GET, 'GET', '/api/batch-calls/estimate');
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields[0].field).toBe('agent_id');
  });
});
