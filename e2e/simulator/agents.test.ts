// The simulator's agents over time, as the real API behaves: every change moves updated_at (even two
// within one second), PATCH deep-merges and keeps what it was not told about, id-keyed maps are
// replaced whole, a delete frees the agent's numbers, and writes are logged for tests.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIMULATOR_DEFAULT_API_KEY } from './defaults';
import { startSimulator, type RunningSimulator } from './server';

let simulator: RunningSimulator;
const FROZEN = 1_770_000_000_000;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, now: () => FROZEN });
});
afterAll(() => simulator.close());
beforeEach(async () => {
  await fetch(`${simulator.url}/_sim/reset`, { method: 'POST' });
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${simulator.url}${path}`, {
    method,
    headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

describe('simulated agents', () => {
  it('moves updated_at on every change, strictly, even within one second (the clock is frozen here)', async () => {
    const id = simulator.state.data.agents[0]!.agent_id;
    const first = (await call('PATCH', `/v1/convai/agents/${id}`, { name: 'A' })).json.metadata.updated_at_unix_secs;
    const second = (await call('PATCH', `/v1/convai/agents/${id}`, { name: 'B' })).json.metadata.updated_at_unix_secs;
    expect(first).toBeGreaterThanOrEqual(FROZEN / 1000);
    expect(second).toBe(first + 1);
  });

  it('deep-merges, keeps unknown keys, replaces id-keyed maps whole, and null resets a key', async () => {
    const id = simulator.state.data.agents[0]!.agent_id;
    const before = (await call('GET', `/v1/convai/agents/${id}`)).json;
    const after = (
      await call('PATCH', `/v1/convai/agents/${id}`, {
        conversation_config: { tts: { speed: 0.9 }, brand_new_section: { knob: 1 } },
        platform_settings: { data_collection: { only_one: { type: 'string', description: 'x' } }, call_limits: null },
      })
    ).json;
    expect(after.conversation_config.tts).toEqual({ ...before.conversation_config.tts, speed: 0.9 });
    expect(after.conversation_config.brand_new_section).toEqual({ knob: 1 });
    expect(after.conversation_config.turn).toEqual(before.conversation_config.turn);
    expect(Object.keys(after.platform_settings.data_collection)).toEqual(['only_one']);
    expect(after.platform_settings).not.toHaveProperty('call_limits');
  });

  it('creates from defaults, duplicates under a new name, deletes and frees the numbers', async () => {
    const created = (await call('POST', '/v1/convai/agents/create', { name: 'New', conversation_config: { agent: { first_message: 'Hi {{name}}' } } })).json;
    const agent = (await call('GET', `/v1/convai/agents/${created.agent_id}`)).json;
    expect(agent.conversation_config.agent).toMatchObject({ first_message: 'Hi {{name}}', language: 'en', prompt: { llm: 'gemini-2.0-flash' } });
    const copy = (await call('POST', `/v1/convai/agents/${created.agent_id}/duplicate`, { name: 'Copy' })).json;
    expect((await call('GET', `/v1/convai/agents/${copy.agent_id}`)).json.name).toBe('Copy');

    const withNumber = simulator.state.data.agents[0]!.agent_id;
    expect((await call('DELETE', `/v1/convai/agents/${withNumber}`)).status).toBe(204);
    expect((await call('GET', `/v1/convai/agents/${withNumber}`)).status).toBe(404);
    expect(simulator.state.data.phoneNumbers.some((p) => p.assigned_agent?.agent_id === withNumber)).toBe(false);

    const log = (await (await fetch(`${simulator.url}/_sim/agents/requests`)).json()) as { method: string; path: string }[];
    expect(log.map((r) => r.method)).toEqual(['POST', 'POST', 'DELETE']);
  });

  it('sorts by calls in the last 7 days and searches by name', async () => {
    const page = (await call('GET', '/v1/convai/agents?sort_by=call_count_7d&sort_direction=desc')).json;
    const since = FROZEN / 1000 - 7 * 86_400;
    const counts = page.agents.map((a: { agent_id: string }) =>
      simulator.state.data.conversations.filter((c) => c.agent_id === a.agent_id && c.metadata.start_time_unix_secs >= since).length,
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const found = (await call('GET', '/v1/convai/agents?search=REMINDER')).json;
    expect(found.agents.map((a: { name: string }) => a.name)).toEqual(['Appointment reminder']);
  });

  it('seeds agents on numbers with μ-law audio, except one left on PCM', () => {
    const onNumbers = simulator.state.data.agents.filter((a) => simulator.state.data.phoneNumbers.some((p) => p.assigned_agent?.agent_id === a.agent_id));
    const formats = onNumbers.map((a) => (a.conversation_config.asr as { user_input_audio_format: string }).user_input_audio_format);
    expect(formats.filter((f) => f !== 'ulaw_8000')).toHaveLength(1);
  });
});
