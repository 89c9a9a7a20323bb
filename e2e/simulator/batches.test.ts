// Batch calls in the simulator, on a clock the test moves: recipients go pending -> dispatched ->
// initiated -> in_progress -> completed / failed / voicemail at the batch's concurrency, each placed
// call becomes a conversation, scheduled batches wait, cancel / retry / delete, the workspace paging,
// and the override refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outcomeOf } from './batch-engine';
import { SIMULATOR_DEFAULT_API_KEY } from './defaults';
import { stopTimers } from './engine';
import { createSimulatorApp, createSimulatorState, type SimulatorState } from './server';

let clock: number;
let state: SimulatorState;
let app: ReturnType<typeof createSimulatorApp>;

beforeEach(async () => {
  clock = Date.UTC(2026, 10, 30, 12, 0, 0);
  state = createSimulatorState({ now: () => clock, callDurationMs: 400 });
  app = createSimulatorApp(state);
  // Timers stay far behind the test's clock: only reads move the batches here.
  await sim('POST', '/_sim/batches/config', { dispatchMs: 100, ringMs: 100, callMs: 400, tickMs: 60_000 });
});
afterEach(() => stopTimers(state));

async function sim(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await app.fetch(
    new Request(`http://sim${path}`, {
      method,
      headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

const numbers = (count: number, from = 3000) => Array.from({ length: count }, (_, i) => `+1415555${String(from + i).padStart(4, '0')}`);

async function submit(phoneNumbers: string[], extra: Record<string, unknown> = {}) {
  const agent = state.data.agents[0]!;
  const phone = state.data.phoneNumbers[0]!;
  return sim('POST', '/v1/convai/batch-calling/submit', {
    call_name: 'Test batch',
    agent_id: agent.agent_id,
    agent_phone_number_id: phone.phone_number_id,
    scheduled_time_unix: null,
    recipients: phoneNumbers.map((phone_number, i) => ({ phone_number, conversation_initiation_client_data: { dynamic_variables: { customer_name: `C${i}` } } })),
    ...extra,
  });
}

const detail = async (id: string) => (await sim('GET', `/v1/convai/batch-calling/${id}`)).json;
const tally = (recipients: { status: string }[]) => recipients.reduce<Record<string, number>>((t, r) => ({ ...t, [r.status]: (t[r.status] ?? 0) + 1 }), {});

describe('a batch over time', () => {
  it('calls its recipients a few at a time, through every stage, to a final state', async () => {
    const { json: submitted } = await submit(numbers(10), { target_concurrency_limit: 3 });
    expect(submitted.status).toBe('in_progress');

    clock += 50;
    let batch = await detail(submitted.id);
    expect(tally(batch.recipients)).toEqual({ dispatched: 3, pending: 7 });
    expect(batch.total_calls_dispatched).toBe(3);
    expect(batch.recipients.every((r: { conversation_id: string | null }) => r.conversation_id === null)).toBe(true);

    clock += 100;
    batch = await detail(submitted.id);
    expect(tally(batch.recipients)).toEqual({ initiated: 3, pending: 7 });
    // The call is placed when initiated: it has a conversation from then on.
    const placed = batch.recipients.filter((r: { status: string }) => r.status === 'initiated');
    expect(placed.every((r: { conversation_id: string | null }) => r.conversation_id)).toBe(true);

    clock += 100;
    batch = await detail(submitted.id);
    const answered = batch.recipients.filter((r: { status: string }) => r.status === 'in_progress').length;
    expect(answered + (tally(batch.recipients).failed ?? 0)).toBe(3);

    clock += 60_000;
    batch = await detail(submitted.id);
    const expected = tally(numbers(10).map((n) => ({ status: outcomeOf(n, 0) })));
    expect(tally(batch.recipients)).toEqual(expected);
    expect(batch.status).toBe(expected.completed ? 'completed' : 'failed');
    expect(batch).toMatchObject({ total_calls_dispatched: 10, total_calls_finished: 10, total_calls_scheduled: 10 });

    // Each answered call is a finished conversation with its analysis and collected data.
    const done = batch.recipients.filter((r: { status: string }) => r.status === 'completed');
    for (const recipient of done) {
      const { json: conversation } = await sim('GET', `/v1/convai/conversations/${recipient.conversation_id}`);
      expect(conversation.status).toBe('done');
      expect(conversation.metadata.batch_call).toEqual({ batch_call_id: submitted.id, batch_call_recipient_id: recipient.id });
      expect(Object.keys(conversation.analysis.evaluation_criteria_results).length).toBeGreaterThan(0);
      expect(Object.keys(conversation.analysis.data_collection_results).length).toBeGreaterThan(0);
    }
  });

  it('never has more calls under way than 70% of the plan without a limit of its own', async () => {
    await sim('POST', '/_sim/batches/config', { planConcurrency: 10 });
    const { json: submitted } = await submit(numbers(20));
    let peak = 0;
    for (let step = 0; step < 60; step++) {
      clock += 37;
      const batch = await detail(submitted.id);
      peak = Math.max(peak, batch.recipients.filter((r: { status: string }) => ['dispatched', 'initiated', 'in_progress'].includes(r.status)).length);
    }
    expect(peak).toBe(7);
  });

  it('waits for scheduled_time_unix', async () => {
    const at = Math.floor(clock / 1000) + 3600;
    const { json: submitted } = await submit(numbers(2), { scheduled_time_unix: at });
    expect(submitted).toMatchObject({ status: 'pending', scheduled_time_unix: at });
    clock += 3_599_000;
    expect((await detail(submitted.id)).status).toBe('pending');
    clock += 1_000 + 50;
    const batch = await detail(submitted.id);
    expect(batch.status).toBe('in_progress');
    expect(tally(batch.recipients)).toEqual({ dispatched: 2 });
  });
});

describe('actions', () => {
  it('cancel stops the recipients not dialled yet; calls under way end normally', async () => {
    const { json: submitted } = await submit(numbers(6), { target_concurrency_limit: 2 });
    clock += 150;
    const cancelled = await sim('POST', `/v1/convai/batch-calling/${submitted.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.status).toBe('cancelled');
    let batch = await detail(submitted.id);
    expect(tally(batch.recipients)).toEqual({ initiated: 2, cancelled: 4 });
    clock += 60_000;
    batch = await detail(submitted.id);
    expect(batch.status).toBe('cancelled');
    expect(batch.recipients.filter((r: { status: string }) => r.status === 'cancelled')).toHaveLength(4);
    expect(batch.total_calls_finished).toBe(6);
    const again = await sim('POST', `/v1/convai/batch-calling/${submitted.id}/cancel`);
    expect(again.status).toBe(400);
    expect(again.json.detail).toMatchObject({ status: 'batch_not_cancellable' });
  });

  it('retry calls failed and voicemail recipients again, with new conversations', async () => {
    const list = [...numbers(4), '+14155550000', '+14155559999'];
    const { json: submitted } = await submit(list);
    expect((await sim('POST', `/v1/convai/batch-calling/${submitted.id}/retry`)).json.detail).toMatchObject({ status: 'batch_not_retryable' });
    clock += 60_000;
    const before = await detail(submitted.id);
    const retryable = before.recipients.filter((r: { status: string }) => r.status === 'failed' || r.status === 'voicemail');
    expect(retryable.length).toBeGreaterThanOrEqual(2);
    const retried = await sim('POST', `/v1/convai/batch-calling/${submitted.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.json).toMatchObject({ status: 'in_progress', retry_count: 1 });
    const during = await detail(submitted.id);
    expect(tally(during.recipients).dispatched).toBe(retryable.length);
    clock += 60_000;
    const after = await detail(submitted.id);
    const busy = after.recipients.find((r: { phone_number: string }) => r.phone_number === '+14155550000');
    expect(busy.status).toBe('failed');
    for (const old of retryable) {
      const now = after.recipients.find((r: { id: string }) => r.id === old.id);
      expect(now.conversation_id).not.toBe(old.conversation_id);
    }
  });

  it('delete removes the batch; its conversations stay', async () => {
    const { json: submitted } = await submit(numbers(1));
    clock += 60_000;
    const { conversation_id } = (await detail(submitted.id)).recipients[0];
    expect((await sim('DELETE', `/v1/convai/batch-calling/${submitted.id}`)).status).toBe(200);
    expect((await sim('GET', `/v1/convai/batch-calling/${submitted.id}`)).status).toBe(404);
    expect((await sim('GET', `/v1/convai/conversations/${conversation_id}`)).status).toBe(200);
  });
});

describe('the workspace list and submit checks', () => {
  it('pages by last_doc / next_doc, newest first, and filters by agent', async () => {
    for (let i = 0; i < 5; i++) {
      clock += 1000;
      await submit(numbers(1, 4000 + i));
    }
    const seen: string[] = [];
    let lastDoc: string | null = null;
    do {
      const { json: page } = await sim('GET', `/v1/convai/batch-calling/workspace?limit=3${lastDoc ? `&last_doc=${lastDoc}` : ''}`);
      seen.push(...page.batch_calls.map((b: { id: string }) => b.id));
      expect(page.has_more).toBe(page.next_doc !== null);
      lastDoc = page.next_doc;
    } while (lastDoc);
    expect(seen).toHaveLength(state.data.batchCalls.length);
    expect(new Set(seen).size).toBe(seen.length);
    const agentId = state.data.agents[3]!.agent_id;
    const { json: mine } = await sim('GET', `/v1/convai/batch-calling/workspace?agent_id=${agentId}`);
    expect(mine.batch_calls.length).toBeGreaterThan(0);
    expect(mine.batch_calls.every((b: { agent_id: string }) => b.agent_id === agentId)).toBe(true);
  });

  it('refuses an override the agent does not allow, and takes it once allowed', async () => {
    const withOverride = {
      recipients: [{ phone_number: '+14155553001', conversation_initiation_client_data: { conversation_config_override: { agent: { first_message: 'Hi!' } } } }],
    };
    // Whatever the seed allows, the agent starts allowing no override.
    state.data.agents[0]!.platform_settings.overrides = { conversation_config_override: { agent: { first_message: false } } };
    const refused = await submit([], withOverride);
    expect(refused.status).toBe(400);
    expect(refused.json.detail).toMatchObject({ status: 'override_not_allowed', message: "Override for field 'first_message' is not allowed by config." });
    expect(refused.json.detail.request_id).toEqual(expect.any(String));
    state.data.agents[0]!.platform_settings.overrides = { conversation_config_override: { agent: { first_message: true } } };
    expect((await submit([], withOverride)).status).toBe(200);
  });

  it('makes a finished 10,000-recipient batch for the benchmarks', async () => {
    const { json } = await sim('POST', '/_sim/batches/large', {});
    expect(json.recipients).toBe(10_000);
    const batch = await detail(json.id);
    expect(batch.recipients).toHaveLength(10_000);
    expect(Object.keys(tally(batch.recipients)).sort()).toEqual(['cancelled', 'completed', 'failed', 'voicemail']);
  });
});
