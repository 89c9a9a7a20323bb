// Agents: list (search, sort_by, sort_direction, cursor), create (POST …/create, the real path), get,
// patch (deep merge, answering the full agent), delete, duplicate. Bodies are checked by the SDK's
// request schemas (body.ts) plus the bounds the API enforces (422 with pydantic's detail items);
// configuration keys the SDK does not know yet are kept, as the real API keeps them.
// https://elevenlabs.io/docs/api-reference/agents/update
import { Hono } from 'hono';
import { AGENT_CONFIG, readBody, REQUEST_SCHEMAS } from '../body';
import { notFound, validationError, type ValidationItem } from '../errors';
import { decodeCursor, pageOf } from '../paging';
import { findAgent, newId, nowSecs, type SimulatorState } from '../state';
import type { Agent, SimulatorData } from '../types';
import { enumParam, intParam, type QueryCheck } from '../validation';
import { agentSummary, agentView } from '../views';

/** Every agent write the simulator accepted, for tests that check what the dashboard sent. */
export interface AgentRequest {
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body: unknown;
}

// Keyed by the data, so /_sim/reset (which replaces it) also empties the log.
const requestLogs = new WeakMap<SimulatorData, AgentRequest[]>();
const logOf = (state: SimulatorState) => {
  let log = requestLogs.get(state.data);
  if (!log) requestLogs.set(state.data, (log = []));
  return log;
};

const DAY = 86_400;

/** What a new agent holds before its create body is merged in: the API's documented defaults. */
export function defaultAgentConfig(): Pick<Agent, 'conversation_config' | 'platform_settings'> {
  return {
    conversation_config: {
      agent: { first_message: '', language: 'en', prompt: { prompt: '', llm: 'gemini-2.0-flash', temperature: 0, max_tokens: -1, tool_ids: [] } },
      tts: { model_id: 'eleven_turbo_v2', voice_id: 'cjVigY5qzO86Huf0OWal', agent_output_audio_format: 'pcm_16000', stability: 0.5, speed: 1, similarity_boost: 0.8 },
      asr: { quality: 'high', provider: 'elevenlabs', user_input_audio_format: 'pcm_16000', keywords: [] },
      turn: { turn_timeout: 7, silence_end_call_timeout: -1 },
      conversation: { text_only: false, max_duration_seconds: 600 },
    },
    platform_settings: {
      evaluation: { criteria: [] },
      data_collection: {},
      call_limits: { agent_concurrency_limit: -1, daily_limit: 100000, bursting_enabled: true },
      privacy: { record_voice: true, retention_days: -1, delete_transcript_and_pii: false, delete_audio: false, apply_to_existing_conversations: false, zero_retention_mode: false },
    },
  };
}

/** Numeric bounds the API's models declare (pydantic ge/le), by path in the body. */
const BOUNDS: { path: string[]; ge?: number; le?: number; int?: boolean }[] = [
  { path: ['conversation_config', 'tts', 'stability'], ge: 0, le: 1 },
  { path: ['conversation_config', 'tts', 'speed'], ge: 0.7, le: 1.2 },
  { path: ['conversation_config', 'tts', 'similarity_boost'], ge: 0, le: 1 },
  { path: ['conversation_config', 'tts', 'optimize_streaming_latency'], ge: 0, le: 4, int: true },
  { path: ['conversation_config', 'agent', 'prompt', 'temperature'], ge: 0, le: 2 },
  { path: ['conversation_config', 'agent', 'prompt', 'max_tokens'], ge: -1, int: true },
  { path: ['conversation_config', 'agent', 'prompt', 'cascade_timeout_seconds'], ge: 2, le: 15 },
  { path: ['conversation_config', 'turn', 'turn_timeout'], ge: -1 },
  { path: ['conversation_config', 'turn', 'silence_end_call_timeout'], ge: -1 },
  { path: ['conversation_config', 'conversation', 'max_duration_seconds'], ge: 1, int: true },
  { path: ['platform_settings', 'privacy', 'retention_days'], ge: -1, int: true },
  { path: ['platform_settings', 'call_limits', 'agent_concurrency_limit'], ge: -1, int: true },
];

const MAX_GOAL_PROMPT = 2000;

function at(body: unknown, path: (string | number)[]): unknown {
  let value = body;
  for (const part of path) value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined;
  return value;
}

/** The checks pydantic runs beyond types: numeric bounds and the evaluation prompt's length. */
export function agentBodyBounds(body: Record<string, unknown>): ValidationItem[] {
  const items: ValidationItem[] = [];
  for (const bound of BOUNDS) {
    const value = at(body, bound.path);
    if (typeof value !== 'number') continue;
    const loc = ['body', ...bound.path];
    if (bound.int && !Number.isInteger(value)) {
      items.push({ type: 'int_from_float', loc, msg: 'Input should be a valid integer, got a number with a fractional part', input: value });
    } else if (bound.ge !== undefined && value < bound.ge) {
      items.push({ type: 'greater_than_equal', loc, msg: `Input should be greater than or equal to ${bound.ge}`, input: value });
    } else if (bound.le !== undefined && value > bound.le) {
      items.push({ type: 'less_than_equal', loc, msg: `Input should be less than or equal to ${bound.le}`, input: value });
    }
  }
  const criteria = at(body, ['platform_settings', 'evaluation', 'criteria']);
  if (Array.isArray(criteria)) {
    criteria.forEach((criterion, index) => {
      const prompt = at(criterion, ['conversation_goal_prompt']);
      if (typeof prompt === 'string' && prompt.length > MAX_GOAL_PROMPT) {
        items.push({
          type: 'string_too_long',
          loc: ['body', 'platform_settings', 'evaluation', 'criteria', index, 'conversation_goal_prompt'],
          msg: `String should have at most ${MAX_GOAL_PROMPT} characters`,
          input: prompt,
        });
      }
    });
  }
  return items;
}

/** Maps keyed by the user's own ids: a PATCH that names one replaces it whole. */
const WHOLE_MAPS = new Set(['platform_settings.data_collection', 'conversation_config.agent.dynamic_variables.dynamic_variable_placeholders', 'conversation_config.language_presets']);

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Objects merge key by key; arrays and values replace; null removes the key (back to the default). */
export function deepMerge(target: Plain, patch: Plain, path = ''): Plain {
  const result: Plain = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const here = path ? `${path}.${key}` : key;
    const existing = result[key];
    if (value === null) delete result[key];
    else if (isPlain(value) && isPlain(existing) && !WHOLE_MAPS.has(here)) result[key] = deepMerge(existing, value, here);
    else result[key] = structuredClone(value);
  }
  return result;
}

/** Strictly later than the last change, even for two changes within one second. */
function touch(state: SimulatorState, agent: Agent): void {
  agent.metadata.updated_at_unix_secs = Math.max(nowSecs(state), agent.metadata.updated_at_unix_secs + 1);
}

function callCount7d(state: SimulatorState, agentId: string): number {
  const since = nowSecs(state) - 7 * DAY;
  return state.data.conversations.filter((c) => c.agent_id === agentId && c.metadata.start_time_unix_secs >= since).length;
}

export function agentRoutes(state: SimulatorState): Hono {
  const app = new Hono();
  app.get('/v1/convai/agents', (c) => {
    const check: QueryCheck = { items: [] };
    const pageSize = intParam(c, 'page_size', check, { min: 1, max: 100 }) ?? 30;
    const sortBy = enumParam(c, 'sort_by', ['name', 'created_at', 'call_count_7d'] as const, check) ?? 'created_at';
    const direction = enumParam(c, 'sort_direction', ['asc', 'desc'] as const, check) ?? 'desc';
    const offset = decodeCursor(c.req.query('cursor'));
    if (offset === null) check.items.push({ loc: ['query', 'cursor'], msg: 'Invalid cursor', type: 'value_error', input: c.req.query('cursor') });
    if (check.items.length) return validationError(c, check.items);
    const search = c.req.query('search')?.toLowerCase();
    const sign = direction === 'asc' ? 1 : -1;
    const counts = sortBy === 'call_count_7d' ? new Map(state.data.agents.map((a) => [a.agent_id, callCount7d(state, a.agent_id)])) : null;
    const key = (a: Agent) => (counts ? counts.get(a.agent_id)! : a.created_at_unix_secs);
    const items = state.data.agents
      .filter((a) => !search || a.name.toLowerCase().includes(search))
      // Ties (same count or second) fall back to the id, so pages never overlap.
      .sort((a, b) => sign * (sortBy === 'name' ? a.name.localeCompare(b.name) : key(a) - key(b)) || a.agent_id.localeCompare(b.agent_id));
    const { page, hasMore, next } = pageOf(items, offset ?? 0, pageSize);
    return c.json({ agents: page.map(agentSummary), next_cursor: next, has_more: hasMore });
  });

  app.post('/v1/convai/agents/create', async (c) => {
    const parsed = await readBody(c, REQUEST_SCHEMAS.createAgent, { open: AGENT_CONFIG, refine: agentBodyBounds });
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    logOf(state).push({ method: 'POST', path: c.req.path, body });
    const created = nowSecs(state);
    const defaults = defaultAgentConfig();
    const agent: Agent = {
      agent_id: newId(state, 'agent'),
      name: typeof body.name === 'string' ? body.name : 'New agent',
      template: 'support',
      tags: Array.isArray(body.tags) ? (body.tags as string[]) : [],
      conversation_config: deepMerge(defaults.conversation_config, isPlain(body.conversation_config) ? body.conversation_config : {}),
      platform_settings: deepMerge(defaults.platform_settings, isPlain(body.platform_settings) ? body.platform_settings : {}),
      ...(isPlain(body.workflow) ? { workflow: body.workflow } : {}),
      metadata: { created_at_unix_secs: created, updated_at_unix_secs: created },
      created_at_unix_secs: created,
      last_call_time_unix_secs: null,
    };
    state.data.agents.push(agent);
    return c.json({ agent_id: agent.agent_id });
  });

  app.get('/v1/convai/agents/:id', (c) => {
    const agent = findAgent(state, c.req.param('id'));
    return agent ? c.json(agentView(agent, state.data.phoneNumbers)) : notFound(c, 'agent');
  });

  // The body is checked before the id is looked up, as FastAPI validates before the handler runs.
  app.patch('/v1/convai/agents/:id', async (c) => {
    const parsed = await readBody(c, REQUEST_SCHEMAS.updateAgent, { open: AGENT_CONFIG, refine: agentBodyBounds });
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const agent = findAgent(state, c.req.param('id'));
    if (!agent) return notFound(c, 'agent');
    logOf(state).push({ method: 'PATCH', path: c.req.path, body });
    if (typeof body.name === 'string') agent.name = body.name;
    if (Array.isArray(body.tags)) agent.tags = body.tags as string[];
    if (isPlain(body.conversation_config)) agent.conversation_config = deepMerge(agent.conversation_config, body.conversation_config, 'conversation_config');
    if (isPlain(body.platform_settings)) agent.platform_settings = deepMerge(agent.platform_settings, body.platform_settings, 'platform_settings');
    if (isPlain(body.workflow)) agent.workflow = deepMerge(agent.workflow ?? {}, body.workflow, 'workflow');
    touch(state, agent);
    return c.json(agentView(agent, state.data.phoneNumbers));
  });

  app.delete('/v1/convai/agents/:id', (c) => {
    const index = state.data.agents.findIndex((a) => a.agent_id === c.req.param('id'));
    if (index < 0) return notFound(c, 'agent');
    logOf(state).push({ method: 'DELETE', path: c.req.path, body: null });
    const [removed] = state.data.agents.splice(index, 1);
    // Its numbers are left without an agent, as the real API leaves them.
    for (const phone of state.data.phoneNumbers) if (phone.assigned_agent?.agent_id === removed!.agent_id) phone.assigned_agent = null;
    return c.body(null, 204);
  });

  app.post('/v1/convai/agents/:id/duplicate', async (c) => {
    const parsed = await readBody(c, REQUEST_SCHEMAS.duplicateAgent, { emptyIsObject: true });
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const agent = findAgent(state, c.req.param('id'));
    if (!agent) return notFound(c, 'agent');
    logOf(state).push({ method: 'POST', path: c.req.path, body });
    const created = nowSecs(state);
    const copy: Agent = {
      ...structuredClone(agent),
      agent_id: newId(state, 'agent'),
      name: typeof body.name === 'string' ? body.name : `${agent.name} (copy)`,
      metadata: { created_at_unix_secs: created, updated_at_unix_secs: created },
      created_at_unix_secs: created,
      last_call_time_unix_secs: null,
    };
    state.data.agents.push(copy);
    return c.json({ agent_id: copy.agent_id });
  });

  // Test harness only (no key, not part of the real API): the agent writes accepted since the last reset.
  app.get('/_sim/agents/requests', (c) => c.json(logOf(state)));
  app.delete('/_sim/agents/requests', (c) => {
    logOf(state).length = 0;
    return c.json({ ok: true });
  });
  return app;
}
