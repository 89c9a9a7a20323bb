// Agent routes against the simulator (whose answers parse under the official SDK's schemas) and real
// local KV: the PATCH body holds only the changes, unknown fields survive, upstream 422s and our own
// name fields by dotted path, edits behind the editor's back are caught, history and restore, stale
// fallbacks, delete.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readAudit } from '@/lib/audit/service';
import { agentHistoryRecord, agentRecord } from '@/lib/agents/records';
import { AGENT_TEMPLATE_KEYS, AGENT_TEMPLATES, buildAgentPatch, withValueAtPath, type AgentDetail } from '@/lib/agents/model';
import { getKv } from '@/lib/kv';
import { callRoute } from '@/lib/testing/routes';
import { useRouteStack } from '@/lib/testing/route-stack';
import { SIMULATOR_DEFAULT_API_KEY } from '@/e2e/simulator/defaults';
import * as listRoute from './route';
import * as optionsRoute from './options/route';
import * as detailRoute from './[id]/route';
import * as duplicateRoute from './[id]/duplicate/route';
import * as historyRoute from './[id]/history/route';
import * as entryRoute from './[id]/history/[entryId]/route';
import * as restoreRoute from './[id]/history/[entryId]/restore/route';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

const stack = useRouteStack();

beforeEach(async () => {
  await fetch(`${stack.simulator.url}/_sim/agents/requests`, { method: 'DELETE' });
});

async function simulatorPatch(id: string, body: unknown): Promise<void> {
  const response = await fetch(`${stack.simulator.url}/v1/convai/agents/${id}`, {
    method: 'PATCH',
    headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

async function sentPatches(): Promise<unknown[]> {
  const log = (await (await fetch(`${stack.simulator.url}/_sim/agents/requests`)).json()) as { method: string; body: unknown }[];
  return log.filter((r) => r.method === 'PATCH').map((r) => r.body);
}

async function upstreamDown(): Promise<void> {
  await fetch(`${stack.simulator.url}/_sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rate500: 1 }) });
}

const get = (id: string) => callRoute(detailRoute.GET, 'GET', `/api/agents/${id}`, undefined, { params: { id } });
const patch = (id: string, body: unknown) => callRoute(detailRoute.PATCH, 'PATCH', `/api/agents/${id}`, body, { params: { id } });
const history = (id: string) => callRoute(historyRoute.GET, 'GET', `/api/agents/${id}/history`, undefined, { params: { id } });
const seeded = (index: number) => stack.simulator.state.data.agents[index]!.agent_id;

async function load(id: string): Promise<AgentDetail> {
  const response = await get(id);
  expect(response.status).toBe(200);
  return response.body.agent;
}

/** The editor's save: the loaded agent, edited, turned into the PATCH body. */
async function save(loaded: AgentDetail, edit: (agent: AgentDetail) => AgentDetail) {
  const changes = buildAgentPatch(loaded, edit(structuredClone(loaded)));
  return patch(loaded.agent_id, { base_updated_at_unix_secs: loaded.metadata!.updated_at_unix_secs, changes });
}

describe('editing an agent', () => {
  it('sends only the changed fields, and fields the dashboard does not know survive the round trip', async () => {
    const loaded = await load(seeded(0));
    const cc = loaded.conversation_config as Record<string, any>;
    // Real-shaped: the seeded agent carries settings the form does not cover.
    expect(cc.turn.turn_eagerness).toBe('normal');
    expect(cc.conversation.client_events.length).toBeGreaterThan(0);

    const saved = await save(loaded, (agent) => {
      let next = withValueAtPath(agent, 'conversation_config.tts.speed', 1.1);
      next = withValueAtPath(next, 'conversation_config.agent.prompt.prompt', 'Be brief. {{patient_name}}');
      return next;
    });
    expect(saved.status).toBe(200);
    expect(await sentPatches()).toEqual([
      { conversation_config: { agent: { prompt: { prompt: 'Be brief. {{patient_name}}' } }, tts: { speed: 1.1 } } },
    ]);
    const after = saved.body.agent;
    expect(after.conversation_config.tts.speed).toBe(1.1);
    expect(after.conversation_config.turn).toEqual(cc.turn);
    expect(after.conversation_config.conversation).toEqual(cc.conversation);
    expect(after.platform_settings).toEqual(loaded.platform_settings);
    expect(after.metadata.updated_at_unix_secs).toBeGreaterThan(loaded.metadata!.updated_at_unix_secs!);
    // The KV copy is the saved agent.
    expect((await agentRecord.get(getKv(), seeded(0)))?.agent).toEqual(after);
  });

  it('refuses a save based on an older version with 409 and the current agent, sending nothing', async () => {
    const loaded = await load(seeded(1));
    await simulatorPatch(seeded(1), { name: 'Renamed in ElevenLabs' });
    await fetch(`${stack.simulator.url}/_sim/agents/requests`, { method: 'DELETE' });
    const saved = await save(loaded, (agent) => withValueAtPath(agent, 'conversation_config.tts.stability', 0.7));
    expect(saved.status).toBe(409);
    expect(saved.body.error.code).toBe('conflict');
    expect(saved.body.error.details.current.name).toBe('Renamed in ElevenLabs');
    expect(await sentPatches()).toEqual([]);
  });

  it('names our own validation failures by the field path, before anything is sent', async () => {
    const loaded = await load(seeded(2));
    const saved = await save(loaded, (agent) => withValueAtPath(withValueAtPath(agent, 'conversation_config.tts.speed', 1.5), 'conversation_config.agent.prompt.llm', 'gpt-99'));
    expect(saved.status).toBe(422);
    expect(saved.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'conversation_config.agent.prompt.llm',
      'conversation_config.tts.speed',
    ]);
    expect(await sentPatches()).toEqual([]);
    const readOnly = await patch(seeded(2), { base_updated_at_unix_secs: 1, changes: { metadata: { updated_at_unix_secs: 5 } } });
    expect(readOnly.body.error.details.fields).toEqual([{ field: 'metadata', message: 'is read-only' }]);
    const missing = await patch(seeded(2), { changes: {} });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details.fields[0].field).toBe('base_updated_at_unix_secs');
  });

  it('maps an upstream 422 on a field the form does not check to that field’s path', async () => {
    const loaded = await load(seeded(2));
    const saved = await save(loaded, (agent) => withValueAtPath(agent, 'conversation_config.tts.optimize_streaming_latency', 9));
    expect(saved.status).toBe(422);
    expect(saved.body.error.details.fields).toEqual([
      { field: 'conversation_config.tts.optimize_streaming_latency', message: 'Input should be less than or equal to 4' },
    ]);
  });

  it('an unchanged save sends nothing and writes no history', async () => {
    const loaded = await load(seeded(3));
    const saved = await save(loaded, (agent) => agent);
    expect(saved.status).toBe(200);
    expect(await sentPatches()).toEqual([]);
    expect((await history(seeded(3))).body.entries).toEqual([]);
  });
});

describe('history and restore', () => {
  it('records create, update and restore with who and what changed, newest first, and restores a snapshot', async () => {
    const created = await callRoute(listRoute.POST, 'POST', '/api/agents', { name: 'Clinic reminders', template: 'appointment_reminder' });
    expect(created.status).toBe(201);
    const agent: AgentDetail = created.body.agent;
    expect(agent.conversation_config?.agent?.first_message).toContain('{{patient_name}}');
    expect(agent.conversation_config?.asr?.user_input_audio_format).toBe('ulaw_8000');
    expect(Object.keys((agent.platform_settings as any).data_collection)).toContain('attendance');

    const first = await save(agent, (a) => withValueAtPath(a, 'conversation_config.agent.first_message', 'Hello there'));
    expect(first.status).toBe(200);
    const second = await save(first.body.agent, (a) => withValueAtPath(a, 'conversation_config.tts.speed', 0.8));
    expect(second.status).toBe(200);

    const entries = (await history(agent.agent_id)).body.entries;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
    expect(entries[0]).toMatchObject({ by: 'admin@example.com', changed: ['conversation_config.tts.speed'] });
    expect(entries[1].changed).toEqual(['conversation_config.agent.first_message']);

    // The first update's snapshot: first message changed, speed not yet.
    const params = { id: agent.agent_id, entryId: entries[1].id };
    const entry = await callRoute(entryRoute.GET, 'GET', `/api/agents/${agent.agent_id}/history/${entries[1].id}`, undefined, { params });
    expect(entry.body.entry).toMatchObject({ action: 'update', changed: ['conversation_config.agent.first_message'] });
    expect(entry.body.snapshot.conversation_config.tts.speed).toBe(1);

    const stale = await callRoute(restoreRoute.POST, 'POST', '/x', { base_updated_at_unix_secs: agent.metadata!.updated_at_unix_secs }, { params });
    expect(stale.status).toBe(409);

    await fetch(`${stack.simulator.url}/_sim/agents/requests`, { method: 'DELETE' });
    const restored = await callRoute(restoreRoute.POST, 'POST', '/x', { base_updated_at_unix_secs: second.body.agent.metadata.updated_at_unix_secs }, { params });
    expect(restored.status).toBe(200);
    expect(await sentPatches()).toEqual([{ conversation_config: { tts: { speed: 1 } } }]);
    expect(restored.body.agent.conversation_config.agent.first_message).toBe('Hello there');
    const after = (await history(agent.agent_id)).body.entries;
    expect(after[0]).toMatchObject({ action: 'restore', changed: ['conversation_config.tts.speed'] });
  });

  it('duplicates under a new name with a duplicate entry on the copy', async () => {
    const id = seeded(0);
    const copy = await callRoute(duplicateRoute.POST, 'POST', '/x', { name: 'Reminder (Spanish)' }, { params: { id } });
    expect(copy.status).toBe(201);
    expect(copy.body.agent.name).toBe('Reminder (Spanish)');
    expect(copy.body.agent.agent_id).not.toBe(id);
    const entries = (await history(copy.body.agent.agent_id)).body.entries;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['duplicate']);
  });

  it('404 for an entry that does not exist', async () => {
    const id = seeded(0);
    const missing = await callRoute(entryRoute.GET, 'GET', '/x', undefined, { params: { id, entryId: '8299999999999-0a1b2c3d' } });
    expect(missing.status).toBe(404);
    const bad = await callRoute(entryRoute.GET, 'GET', '/x', undefined, { params: { id, entryId: 'nope' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields[0].field).toBe('entryId');
  });
});

describe('the list', () => {
  it('lists with the columns the page shows, searches and sorts', async () => {
    const page = await callRoute(listRoute.GET, 'GET', '/api/agents?sort=name&direction=asc');
    expect(page.status).toBe(200);
    expect(page.body.stale).toBe(false);
    const names = page.body.agents.map((a: { name: string }) => a.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    const sales = page.body.agents.find((a: { name: string }) => a.name === 'Sales qualifier');
    expect(sales).toMatchObject({ language: 'en', llm: 'claude-sonnet-4-5', telephony_warning: true });
    expect(sales.phone_numbers.map((p: { phone_number: string }) => p.phone_number)).toEqual(['+442071838750']);
    const reminder = page.body.agents.find((a: { name: string }) => a.name.startsWith('Appointment reminder') || a.name === 'Clinic reminders');
    expect(reminder.telephony_warning).toBe(false);

    const found = await callRoute(listRoute.GET, 'GET', '/api/agents?search=qualif');
    expect(found.body.agents.map((a: { name: string }) => a.name)).toEqual(['Sales qualifier']);
    const bad = await callRoute(listRoute.GET, 'GET', '/api/agents?sort=calls');
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields[0].field).toBe('sort');
  });

  it('answers from the KV copies, marked stale, when ElevenLabs is down; the editor too', async () => {
    await callRoute(listRoute.GET, 'GET', '/api/agents');
    await upstreamDown();
    const page = await callRoute(listRoute.GET, 'GET', '/api/agents?sort=name&direction=asc');
    expect(page.status).toBe(200);
    expect(page.body.stale).toBe(true);
    expect(page.body.agents.map((a: { name: string }) => a.name)).toContain('Sales qualifier');
    const detail = await get(seeded(2));
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ stale: true, agent: { agent_id: seeded(2) } });
    expect(typeof detail.body.stored_at).toBe('string');
  });

  it('pages through the KV copies with its own cursor while stale', async () => {
    for (let n = 0; n < 30; n++) await agentRecord.put(getKv(), { agent: { agent_id: `agent_filler_${n}`, name: `Filler ${n}` }, storedAt: new Date().toISOString() }, { parts: `agent_filler_${n}` });
    await upstreamDown();
    const first = await callRoute(listRoute.GET, 'GET', '/api/agents?sort=name&direction=asc');
    expect(first.body).toMatchObject({ stale: true, has_more: true });
    expect(first.body.agents).toHaveLength(30);
    const second = await callRoute(listRoute.GET, 'GET', `/api/agents?sort=name&direction=asc&cursor=${first.body.next_cursor}`);
    expect(second.body.stale).toBe(true);
    const seen = [...first.body.agents, ...second.body.agents].map((a: { agent_id: string }) => a.agent_id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain('agent_filler_29');
    await Promise.all(Array.from({ length: 30 }, (_, n) => agentRecord.delete(getKv(), `agent_filler_${n}`)));
  });

  it('the pickers still get every agent by name', async () => {
    const options = await callRoute(optionsRoute.GET, 'GET', '/api/agents/options');
    expect(options.status).toBe(200);
    expect(options.body.agents.length).toBeGreaterThanOrEqual(5);
  });
});

describe('create and delete', () => {
  it.each(AGENT_TEMPLATE_KEYS)('creates from the %s template (a body the SDK accepts), with its analysis items', async (template) => {
    const created = await callRoute(listRoute.POST, 'POST', '/api/agents', { name: `From ${template}`, template });
    expect(created.status).toBe(201);
    const settings = created.body.agent.platform_settings;
    expect(settings.evaluation.criteria.map((c: { id: string }) => c.id)).toEqual(AGENT_TEMPLATES[template].criteria.map((c) => c.id));
    expect(Object.keys(settings.data_collection)).toEqual(Object.keys(AGENT_TEMPLATES[template].dataCollection));
    expect(created.body.agent.conversation_config.agent.prompt.prompt).toBe(AGENT_TEMPLATES[template].prompt);
  });

  it('refuses a bad create naming the field', async () => {
    const response = await callRoute(listRoute.POST, 'POST', '/api/agents', { name: ' ', template: 'karaoke' });
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['name', 'template']);
  });

  it('deletes upstream with the KV copy and history, and notes it in the audit log', async () => {
    const created = (await callRoute(listRoute.POST, 'POST', '/api/agents', { name: 'Short-lived', template: 'blank' })).body.agent as AgentDetail;
    const id = created.agent_id;
    expect(await stack.platform.env.KV.get(agentRecord.key(id))).not.toBeNull();
    const deleted = await callRoute(detailRoute.DELETE, 'DELETE', `/api/agents/${id}`, undefined, { params: { id } });
    expect(deleted.status).toBe(204);
    expect(await stack.platform.env.KV.get(agentRecord.key(id))).toBeNull();
    expect((await agentHistoryRecord.list(getKv(), { within: id })).entries).toEqual([]);
    expect((await get(id)).status).toBe(404);
    expect((await readAudit(5)).some((e) => e.action === 'agent_deleted' && e.detail.includes('Short-lived'))).toBe(true);
  });
});
