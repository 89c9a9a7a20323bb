// The ElevenLabs simulator: a local HTTP server speaking the real API's paths, shapes, errors and
// paging (shared/reference/elevenlabs-api.md), seeded deterministically, with faults on demand and
// signed post-call webhooks. The dashboard points at it through ELEVENLABS_BASE_URL only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { SIMULATOR_DEFAULT_API_KEY, SIMULATOR_DEFAULT_WEBHOOK_SECRET, SIMULATOR_SEED } from './defaults';
import { detailError, notFound, requestId, validationError, type ValidationItem } from './errors';
import { createSeed, toTurns } from './seed';
import { createRandom } from './random';
import { AGENT_TEMPLATES } from './scripts';
import type { Agent, BatchCall, BatchRecipient, Conversation, SimulatorData } from './types';
import { agentSummary, agentView, batchDetailView, batchView, conversationSummary, conversationView, phoneNumberView } from './views';
import { sendWebhook, type Delivery, type WebhookEnvelope, type WebhookType } from './webhooks';

const AUDIO_DIR = join(import.meta.dirname, 'audio');
const E164 = /^\+[1-9]\d{6,14}$/;
const MAX_CONCURRENCY = 20;

export interface Faults {
  rate429: number;
  rate500: number;
  delayMs: number;
  retryAfterSecs: number | null;
  /** Only paths starting with this prefix are affected. */
  paths: string;
}

export interface SimulatorOptions {
  port?: number;
  apiKey?: string;
  webhookUrl?: string;
  webhookSecret?: string;
  now?: () => number;
  callDurationMs?: number;
}

export interface SimulatorState {
  data: SimulatorData;
  apiKey: string;
  webhookUrl: string | null;
  webhookSecret: string;
  faults: Faults;
  audioIgnoresRange: boolean;
  callDurationMs: number;
  requestCounts: Map<string, number>;
  deliveries: Delivery[];
  inFlight: number;
  timers: Set<ReturnType<typeof setTimeout>>;
  now: () => number;
}

const NO_FAULTS: Faults = { rate429: 0, rate500: 0, delayMs: 0, retryAfterSecs: null, paths: '' };

function faultsFromEnv(): Faults {
  return {
    ...NO_FAULTS,
    rate429: Number(process.env.SIM_FAULT_429 ?? 0),
    rate500: Number(process.env.SIM_FAULT_500 ?? 0),
    delayMs: Number(process.env.SIM_DELAY_MS ?? 0),
  };
}

const audioCache = new Map<string, Buffer>();
function audioBytes(file: string): Buffer {
  let bytes = audioCache.get(file);
  if (!bytes) {
    bytes = readFileSync(join(AUDIO_DIR, file));
    audioCache.set(file, bytes);
  }
  return bytes;
}

/** Opaque cursors, like the real ones: base64url of an offset the client never interprets. */
function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}
function decodeCursor(cursor: string | undefined): number | null {
  if (!cursor) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown };
    return typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : null;
  } catch {
    return null;
  }
}

function pageOf<T>(items: T[], offset: number, size: number) {
  const page = items.slice(offset, offset + size);
  const hasMore = offset + size < items.length;
  return { page, hasMore, next: hasMore ? encodeCursor(offset + size) : null };
}

type QueryCheck = { items: ValidationItem[] };

function intParam(c: Context, name: string, check: QueryCheck, bounds: { min?: number; max?: number } = {}): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) {
    check.items.push({ loc: ['query', name], msg: 'Input should be a valid integer, unable to parse string as an integer', type: 'int_parsing' });
    return undefined;
  }
  if (bounds.min !== undefined && value < bounds.min) {
    check.items.push({ loc: ['query', name], msg: `Input should be greater than or equal to ${bounds.min}`, type: 'greater_than_equal' });
  }
  if (bounds.max !== undefined && value > bounds.max) {
    check.items.push({ loc: ['query', name], msg: `Input should be less than or equal to ${bounds.max}`, type: 'less_than_equal' });
  }
  return value;
}

function enumParam<T extends string>(c: Context, name: string, values: readonly T[], check: QueryCheck): T | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!values.includes(raw as T)) {
    check.items.push({ loc: ['query', name], msg: `Input should be ${values.map((v) => `'${v}'`).join(', ')}`, type: 'enum' });
    return undefined;
  }
  return raw as T;
}

function compare(actual: unknown, op: string, expected: string): boolean {
  if (op === 'in') return expected.split('|').includes(String(actual ?? ''));
  if (op === 'eq') return expected === '' ? actual === null || actual === undefined : String(actual) === expected;
  if (op === 'neq') return String(actual) !== expected;
  const a = Number(actual);
  const b = Number(expected);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : a <= b;
}

async function readJson(c: Context): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  try {
    const body = (await c.req.json()) as unknown;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return { ok: false, response: validationError(c, [{ loc: ['body'], msg: 'Input should be a valid dictionary', type: 'dict_type' }]) };
    }
    return { ok: true, body: body as Record<string, unknown> };
  } catch {
    return { ok: false, response: validationError(c, [{ loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' }]) };
  }
}

function requireString(body: Record<string, unknown>, field: string, items: ValidationItem[]): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) items.push({ loc: ['body', field], msg: 'Field required', type: 'missing' });
  else if (typeof value !== 'string') items.push({ loc: ['body', field], msg: 'Input should be a valid string', type: 'string_type' });
  else return value;
  return undefined;
}

function deepMerge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const existing = result[key];
    result[key] =
      value && typeof value === 'object' && !Array.isArray(value) && existing && typeof existing === 'object' && !Array.isArray(existing)
        ? deepMerge(existing as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return result;
}

export function createSimulatorState(options: SimulatorOptions = {}): SimulatorState {
  const now = options.now ?? (() => Date.now());
  return {
    data: createSeed(SIMULATOR_SEED, Math.floor(now() / 1000)),
    apiKey: options.apiKey ?? SIMULATOR_DEFAULT_API_KEY,
    webhookUrl: options.webhookUrl ?? null,
    webhookSecret: options.webhookSecret ?? SIMULATOR_DEFAULT_WEBHOOK_SECRET,
    faults: faultsFromEnv(),
    audioIgnoresRange: false,
    callDurationMs: options.callDurationMs ?? 3000,
    requestCounts: new Map(),
    deliveries: [],
    inFlight: 0,
    timers: new Set(),
    now,
  };
}

export function createSimulatorApp(state: SimulatorState): Hono {
  const app = new Hono();
  const nowSecs = () => Math.floor(state.now() / 1000);
  const later = (ms: number, work: () => void | Promise<void>) => {
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      void work();
    }, ms);
    state.timers.add(timer);
  };
  const findConversation = (id: string) => state.data.conversations.find((c) => c.conversation_id === id);
  const findAgent = (id: string) => state.data.agents.find((a) => a.agent_id === id);
  const findBatch = (id: string) => state.data.batchCalls.find((b) => b.id === id);

  // ---- control endpoints (no key, never faulted) ----
  app.get('/_sim/health', (c) => c.json({ ok: true, conversations: state.data.conversations.length }));
  app.post('/_sim/faults', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as Partial<Faults>;
    state.faults = { ...NO_FAULTS, ...body };
    return c.json(state.faults);
  });
  app.delete('/_sim/faults', (c) => {
    state.faults = { ...NO_FAULTS };
    return c.json(state.faults);
  });
  app.post('/_sim/config', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    if (typeof body.webhookUrl === 'string') state.webhookUrl = body.webhookUrl;
    if (typeof body.webhookSecret === 'string') state.webhookSecret = body.webhookSecret;
    if (typeof body.apiKey === 'string') state.apiKey = body.apiKey;
    if (typeof body.callDurationMs === 'number') state.callDurationMs = body.callDurationMs;
    if (typeof body.audioIgnoresRange === 'boolean') state.audioIgnoresRange = body.audioIgnoresRange;
    return c.json({ webhookUrl: state.webhookUrl, callDurationMs: state.callDurationMs, audioIgnoresRange: state.audioIgnoresRange });
  });
  app.post('/_sim/reset', (c) => {
    for (const timer of state.timers) clearTimeout(timer);
    state.timers.clear();
    state.data = createSeed(SIMULATOR_SEED, nowSecs());
    state.requestCounts.clear();
    state.deliveries = [];
    return c.json({ ok: true });
  });
  // A long synthetic call for rendering benchmarks: `turns` turns spread over the first recording.
  app.post('/_sim/conversations/long', async (c) => {
    const { turns = 1000 } = (await c.req.json().catch(() => ({}))) as { turns?: number };
    const template = state.data.conversations.find((x) => x.status === 'done' && x.has_audio)!;
    const copy: Conversation = structuredClone(template);
    copy.conversation_id = createRandom(turns ^ state.data.conversations.length).id('conv');
    const spacing = (copy.metadata.call_duration_secs - 1) / turns;
    copy.transcript = Array.from({ length: turns }, (_, index) => ({
      ...template.transcript[index % template.transcript.length]!,
      time_in_call_secs: Math.round(index * spacing * 1000) / 1000,
    }));
    state.data.conversations.push(copy);
    return c.json({ conversation_id: copy.conversation_id });
  });
  // A large workspace for memory benchmarks: `count` more finished calls, one a minute back in time.
  // Clones share their transcripts, so tens of thousands cost the simulator little.
  app.post('/_sim/conversations/bulk', async (c) => {
    const { count = 20_000 } = (await c.req.json().catch(() => ({}))) as { count?: number };
    const templates = state.data.conversations.filter((x) => x.status === 'done');
    const random = createRandom(count ^ state.data.conversations.length);
    const oldest = Math.min(...state.data.conversations.map((x) => x.metadata.start_time_unix_secs));
    for (let i = 0; i < count; i++) {
      const template = templates[i % templates.length]!;
      state.data.conversations.push({
        ...template,
        conversation_id: random.id('conv'),
        metadata: { ...template.metadata, start_time_unix_secs: oldest - 60 * (i + 1) },
      });
    }
    return c.json({ conversations: state.data.conversations.length });
  });
  app.get('/_sim/requests', (c) => c.json(Object.fromEntries(state.requestCounts)));
  app.get('/_sim/deliveries', (c) => c.json(state.deliveries));
  app.post('/_sim/webhooks/send', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { type?: WebhookType; conversation_id?: string; url?: string };
    const conversation = body.conversation_id ? findConversation(body.conversation_id) : state.data.conversations.find((x) => x.status === 'done' && x.has_audio);
    const url = body.url ?? state.webhookUrl;
    if (!conversation || !url) return c.json({ error: 'unknown conversation or no webhook URL configured' }, 400);
    const envelope = webhookFor(body.type ?? 'post_call_transcription', conversation);
    const delivery = await deliver(url, envelope);
    return c.json({ delivery, envelope: { ...envelope, data: envelope.type === 'post_call_audio' ? { ...envelope.data, full_audio: `<${String(envelope.data.full_audio).length} base64 chars>` } : envelope.data } });
  });

  // ---- the API ----
  app.use('/v1/*', async (c, next) => {
    const path = c.req.path;
    state.requestCounts.set(path, (state.requestCounts.get(path) ?? 0) + 1);
    state.inFlight += 1;
    try {
      const faults = state.faults;
      if (!faults.paths || path.startsWith(faults.paths)) {
        if (faults.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
        if (faults.rate429 > 0 && Math.random() < faults.rate429) {
          if (faults.retryAfterSecs !== null) c.header('retry-after', String(faults.retryAfterSecs));
          return detailError(c, 429, { type: 'rate_limit_error', code: 'rate_limit_exceeded', status: 'too_many_concurrent_requests', message: 'Too many requests. Please slow down.' });
        }
        if (faults.rate500 > 0 && Math.random() < faults.rate500) {
          return detailError(c, 500, { type: 'internal_error', code: 'internal_error', status: 'internal_error', message: 'An internal error occurred.' });
        }
      }
      const key = c.req.header('xi-api-key');
      if (!key) {
        return detailError(c, 401, { type: 'authentication_error', code: 'unauthorized', status: 'needs_authorization', message: 'Neither authorization header nor xi-api-key received, please provide one.' });
      }
      if (key !== state.apiKey) {
        return detailError(c, 401, { type: 'authentication_error', code: 'unauthorized', status: 'invalid_api_key', message: 'Invalid API key' });
      }
      c.header('current-concurrent-requests', String(state.inFlight));
      c.header('maximum-concurrent-requests', String(MAX_CONCURRENCY));
      c.header('x-request-id', requestId());
      await next();
    } finally {
      state.inFlight -= 1;
    }
  });

  app.get('/v1/user', (c) =>
    c.json({
      user_id: 'user_sim_0001',
      workspace_id: 'ws_sim_0001',
      subscription: subscription(),
      is_new_user: false,
      can_use_delayed_payment_methods: false,
      is_onboarding_completed: true,
      is_onboarding_checklist_completed: true,
      first_name: 'Demo',
      is_api_key_hashed: true,
      xi_api_key_preview: `${state.apiKey.slice(0, 3)}…${state.apiKey.slice(-4)}`,
      created_at: 1_700_000_000,
      seat_type: 'workspace_admin',
    }),
  );
  app.get('/v1/user/subscription', (c) => c.json({ ...subscription(), open_invoices: [], has_open_invoices: false }));
  app.get('/v1/convai/analytics/live-count', (c) =>
    c.json({ count: state.data.conversations.filter((x) => x.status === 'in-progress').length }),
  );

  // Conversations
  app.get('/v1/convai/conversations', (c) => {
    const check: QueryCheck = { items: [] };
    const pageSize = intParam(c, 'page_size', check, { min: 1, max: 100 }) ?? 30;
    const after = intParam(c, 'call_start_after_unix', check);
    const before = intParam(c, 'call_start_before_unix', check);
    const minDuration = intParam(c, 'call_duration_min_secs', check);
    const maxDuration = intParam(c, 'call_duration_max_secs', check);
    const outcome = enumParam(c, 'call_successful', ['success', 'failure', 'unknown', 'error'] as const, check);
    const summaryMode = enumParam(c, 'summary_mode', ['exclude', 'include'] as const, check) ?? 'exclude';
    const direction = enumParam(c, 'sort_direction', ['asc', 'desc'] as const, check) ?? 'desc';
    const offset = decodeCursor(c.req.query('cursor'));
    if (offset === null) check.items.push({ loc: ['query', 'cursor'], msg: 'Invalid cursor', type: 'value_error' });
    const evaluations = c.req.queries('evaluation_params') ?? [];
    const dataParams = c.req.queries('data_collection_params') ?? [];
    for (const value of evaluations) {
      if (!/^[\w-]+:(success|failure|unknown)$/.test(value)) check.items.push({ loc: ['query', 'evaluation_params'], msg: 'Value error, expected criteria_id:result', type: 'value_error' });
    }
    for (const value of dataParams) {
      if (!/^[\w-]+:(eq|neq|gt|gte|lt|lte|in):.*$/.test(value)) check.items.push({ loc: ['query', 'data_collection_params'], msg: 'Value error, expected id:op:value', type: 'value_error' });
    }
    if (check.items.length) return validationError(c, check.items);

    const agentId = c.req.query('agent_id');
    const userId = c.req.query('user_id');
    const search = c.req.query('search')?.toLowerCase();
    let items = state.data.conversations.filter((x) => {
      const start = x.metadata.start_time_unix_secs;
      if (agentId && x.agent_id !== agentId) return false;
      if (userId && x.user_id !== userId) return false;
      if (outcome && (x.analysis?.call_successful ?? 'unknown') !== outcome) return false;
      if (after !== undefined && start < after) return false;
      if (before !== undefined && start > before) return false;
      if (minDuration !== undefined && x.metadata.call_duration_secs < minDuration) return false;
      if (maxDuration !== undefined && x.metadata.call_duration_secs > maxDuration) return false;
      if (search && !x.transcript.some((turn) => turn.message?.toLowerCase().includes(search))) return false;
      for (const value of evaluations) {
        const [criterion, result] = value.split(':');
        if (x.analysis?.evaluation_criteria_results[criterion!]?.result !== result) return false;
      }
      for (const value of dataParams) {
        const [id, op, ...rest] = value.split(':');
        if (!compare(x.analysis?.data_collection_results[id!]?.value, op!, rest.join(':'))) return false;
      }
      return true;
    });
    items = items.sort((a, b) => (direction === 'asc' ? 1 : -1) * (a.metadata.start_time_unix_secs - b.metadata.start_time_unix_secs));
    const { page, hasMore, next } = pageOf(items, offset ?? 0, pageSize);
    return c.json({ conversations: page.map((x) => conversationSummary(x, summaryMode === 'include')), next_cursor: next, has_more: hasMore });
  });

  app.get('/v1/convai/conversations/:id', (c) => {
    const conversation = findConversation(c.req.param('id'));
    return conversation ? c.json(conversationView(conversation)) : notFound(c, 'conversation');
  });

  app.delete('/v1/convai/conversations/:id', (c) => {
    const index = state.data.conversations.findIndex((x) => x.conversation_id === c.req.param('id'));
    if (index < 0) return notFound(c, 'conversation');
    state.data.conversations.splice(index, 1);
    return c.json({});
  });

  app.get('/v1/convai/conversations/:id/audio', (c) => {
    const conversation = findConversation(c.req.param('id'));
    if (!conversation) return notFound(c, 'conversation');
    if (!conversation.has_audio || !conversation.audioFile) {
      return detailError(c, 404, { type: 'not_found', code: 'conversation_audio_not_found', status: 'audio_not_found', message: 'This conversation has no audio.' });
    }
    const bytes = audioBytes(conversation.audioFile);
    const size = bytes.length;
    const range = c.req.header('range');
    const base = { 'content-type': 'audio/mpeg', 'accept-ranges': state.audioIgnoresRange ? 'none' : 'bytes' };
    const match = range && !state.audioIgnoresRange ? /^bytes=(\d*)-(\d*)$/.exec(range) : null;
    if (!match || (match[1] === '' && match[2] === '')) {
      return new Response(new Uint8Array(bytes), { status: 200, headers: { ...base, 'content-length': String(size) } });
    }
    let start: number;
    let end: number;
    if (match[1] === '') {
      start = Math.max(0, size - Number(match[2]));
      end = size - 1;
    } else {
      start = Number(match[1]);
      end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
    }
    if (start >= size || end < start) {
      return new Response(null, { status: 416, headers: { ...base, 'content-range': `bytes */${size}` } });
    }
    return new Response(new Uint8Array(bytes.subarray(start, end + 1)), {
      status: 206,
      headers: { ...base, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': String(end - start + 1) },
    });
  });

  // Agents
  app.get('/v1/convai/agents', (c) => {
    const check: QueryCheck = { items: [] };
    const pageSize = intParam(c, 'page_size', check, { min: 1, max: 100 }) ?? 30;
    const sortBy = enumParam(c, 'sort_by', ['name', 'created_at', 'call_count_7d'] as const, check) ?? 'created_at';
    const direction = enumParam(c, 'sort_direction', ['asc', 'desc'] as const, check) ?? 'desc';
    const offset = decodeCursor(c.req.query('cursor'));
    if (offset === null) check.items.push({ loc: ['query', 'cursor'], msg: 'Invalid cursor', type: 'value_error' });
    if (check.items.length) return validationError(c, check.items);
    const search = c.req.query('search')?.toLowerCase();
    const sign = direction === 'asc' ? 1 : -1;
    const items = state.data.agents
      .filter((a) => !search || a.name.toLowerCase().includes(search))
      .sort((a, b) => sign * (sortBy === 'name' ? a.name.localeCompare(b.name) : a.created_at_unix_secs - b.created_at_unix_secs));
    const { page, hasMore, next } = pageOf(items, offset ?? 0, pageSize);
    return c.json({ agents: page.map(agentSummary), next_cursor: next, has_more: hasMore });
  });

  app.post('/v1/convai/agents/create', async (c) => {
    const parsed = await readJson(c);
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const items: ValidationItem[] = [];
    if (!body.conversation_config || typeof body.conversation_config !== 'object') {
      items.push({ loc: ['body', 'conversation_config'], msg: 'Field required', type: 'missing' });
    }
    if (body.name !== undefined && body.name !== null && typeof body.name !== 'string') {
      items.push({ loc: ['body', 'name'], msg: 'Input should be a valid string', type: 'string_type' });
    }
    if (items.length) return validationError(c, items);
    const created = nowSecs();
    const agent: Agent = {
      agent_id: createRandom(created ^ state.data.agents.length).id('agent'),
      name: typeof body.name === 'string' ? body.name : 'New agent',
      template: 'support',
      tags: Array.isArray(body.tags) ? (body.tags as string[]) : [],
      conversation_config: deepMerge(structuredClone(state.data.agents[0]!.conversation_config), body.conversation_config as Record<string, unknown>),
      platform_settings: (body.platform_settings as Record<string, unknown>) ?? {},
      metadata: { created_at_unix_secs: created, updated_at_unix_secs: created },
      created_at_unix_secs: created,
      last_call_time_unix_secs: null,
    };
    state.data.agents.push(agent);
    return c.json({ agent_id: agent.agent_id });
  });

  app.get('/v1/convai/agents/:id', (c) => {
    const agent = findAgent(c.req.param('id'));
    return agent ? c.json(agentView(agent, state.data.phoneNumbers)) : notFound(c, 'agent');
  });

  app.patch('/v1/convai/agents/:id', async (c) => {
    const agent = findAgent(c.req.param('id'));
    if (!agent) return notFound(c, 'agent');
    const parsed = await readJson(c);
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    if (body.name !== undefined && typeof body.name !== 'string') {
      return validationError(c, [{ loc: ['body', 'name'], msg: 'Input should be a valid string', type: 'string_type' }]);
    }
    if (typeof body.name === 'string') agent.name = body.name;
    if (Array.isArray(body.tags)) agent.tags = body.tags as string[];
    if (body.conversation_config && typeof body.conversation_config === 'object') {
      agent.conversation_config = deepMerge(agent.conversation_config, body.conversation_config as Record<string, unknown>);
    }
    if (body.platform_settings && typeof body.platform_settings === 'object') {
      agent.platform_settings = deepMerge(agent.platform_settings, body.platform_settings as Record<string, unknown>);
    }
    agent.metadata.updated_at_unix_secs = nowSecs();
    return c.json(agentView(agent, state.data.phoneNumbers));
  });

  app.delete('/v1/convai/agents/:id', (c) => {
    const index = state.data.agents.findIndex((a) => a.agent_id === c.req.param('id'));
    if (index < 0) return notFound(c, 'agent');
    state.data.agents.splice(index, 1);
    return c.body(null, 204);
  });

  app.post('/v1/convai/agents/:id/duplicate', async (c) => {
    const agent = findAgent(c.req.param('id'));
    if (!agent) return notFound(c, 'agent');
    const body = (await c.req.json().catch(() => ({}))) as { name?: unknown };
    const created = nowSecs();
    const copy: Agent = {
      ...structuredClone(agent),
      agent_id: createRandom(created ^ (state.data.agents.length + 7)).id('agent'),
      name: typeof body.name === 'string' ? body.name : `${agent.name} (copy)`,
      metadata: { created_at_unix_secs: created, updated_at_unix_secs: created },
      created_at_unix_secs: created,
    };
    state.data.agents.push(copy);
    return c.json({ agent_id: copy.agent_id });
  });

  // Phone numbers
  app.get('/v1/convai/phone-numbers', (c) => c.json(state.data.phoneNumbers.map(phoneNumberView)));
  app.get('/v1/convai/v2/phone-numbers', (c) => {
    const check: QueryCheck = { items: [] };
    const pageSize = intParam(c, 'page_size', check, { min: 1, max: 100 }) ?? 30;
    const offset = decodeCursor(c.req.query('cursor'));
    if (offset === null) check.items.push({ loc: ['query', 'cursor'], msg: 'Invalid cursor', type: 'value_error' });
    if (check.items.length) return validationError(c, check.items);
    const provider = c.req.query('provider');
    const items = state.data.phoneNumbers.filter((p) => !provider || p.provider === provider);
    const { page, hasMore, next } = pageOf(items, offset ?? 0, pageSize);
    return c.json({ phone_numbers: page.map(phoneNumberView), next_cursor: next, has_more: hasMore });
  });

  // Outbound calls
  const placeCall = (provider: 'twilio' | 'sip_trunk') => async (c: Context) => {
    const parsed = await readJson(c);
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const items: ValidationItem[] = [];
    const agentId = requireString(body, 'agent_id', items);
    const phoneId = requireString(body, 'agent_phone_number_id', items);
    const to = requireString(body, 'to_number', items);
    if (to !== undefined && !E164.test(to)) items.push({ loc: ['body', 'to_number'], msg: 'Value error, phone number must be in E.164 format', type: 'value_error' });
    if (items.length) return validationError(c, items);
    const agent = findAgent(agentId!);
    if (!agent) return notFound(c, 'agent');
    const phone = state.data.phoneNumbers.find((p) => p.phone_number_id === phoneId);
    if (!phone) return notFound(c, 'phone_number');
    if (phone.provider !== provider) {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'invalid_phone_number_provider', message: `Phone number ${phone.phone_number} is not a ${provider} number.` });
    }
    const clientData = (body.conversation_initiation_client_data as Record<string, unknown> | null) ?? null;
    const conversation = startConversation(agent, phone.phone_number_id, phone.phone_number, phone.provider, to!, clientData);
    const callSid = provider === 'twilio' ? `CA${conversation.conversation_id.slice(5, 37)}` : `SCL_${conversation.conversation_id.slice(5)}`;
    (conversation.metadata.phone_call as Record<string, unknown>).call_sid = callSid;
    scheduleCallEnd(conversation, to!);
    return c.json(
      provider === 'twilio'
        ? { success: true, message: 'Success', conversation_id: conversation.conversation_id, callSid }
        : { success: true, message: 'Success', conversation_id: conversation.conversation_id, sip_call_id: callSid },
    );
  };
  app.post('/v1/convai/twilio/outbound-call', placeCall('twilio'));
  app.post('/v1/convai/sip-trunk/outbound-call', placeCall('sip_trunk'));

  // Batch calling
  app.post('/v1/convai/batch-calling/submit', async (c) => {
    const parsed = await readJson(c);
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const items: ValidationItem[] = [];
    const name = requireString(body, 'call_name', items);
    const agentId = requireString(body, 'agent_id', items);
    const phoneId = requireString(body, 'agent_phone_number_id', items);
    const scheduled = body.scheduled_time_unix;
    if (scheduled !== undefined && scheduled !== null && !Number.isInteger(scheduled)) {
      items.push({ loc: ['body', 'scheduled_time_unix'], msg: 'Input should be a valid integer', type: 'int_type' });
    }
    const recipients = body.recipients;
    if (!Array.isArray(recipients)) items.push({ loc: ['body', 'recipients'], msg: 'Field required', type: 'missing' });
    else if (recipients.length === 0) items.push({ loc: ['body', 'recipients'], msg: 'List should have at least 1 item after validation, not 0', type: 'too_short' });
    else if (recipients.length > 10_000) items.push({ loc: ['body', 'recipients'], msg: 'List should have at most 10000 items after validation', type: 'too_long' });
    else {
      recipients.forEach((recipient: unknown, index: number) => {
        const phoneNumber = (recipient as { phone_number?: unknown })?.phone_number;
        if (typeof phoneNumber !== 'string') items.push({ loc: ['body', 'recipients', index, 'phone_number'], msg: 'Field required', type: 'missing' });
        else if (!E164.test(phoneNumber)) items.push({ loc: ['body', 'recipients', index, 'phone_number'], msg: 'Value error, phone number must be in E.164 format', type: 'value_error' });
      });
    }
    if (items.length) return validationError(c, items);
    const agent = findAgent(agentId!);
    if (!agent) return notFound(c, 'agent');
    const phone = state.data.phoneNumbers.find((p) => p.phone_number_id === phoneId);
    if (!phone) return notFound(c, 'phone_number');
    const now = nowSecs();
    const id = createRandom(now ^ (state.data.batchCalls.length + 13)).id('btcal');
    const batch: BatchCall = {
      id,
      phone_number_id: phone.phone_number_id,
      phone_provider: phone.provider,
      name: name!,
      agent_id: agent.agent_id,
      agent_name: agent.name,
      created_at_unix: now,
      scheduled_time_unix: typeof scheduled === 'number' ? scheduled : now,
      total_calls_dispatched: 0,
      total_calls_scheduled: (recipients as unknown[]).length,
      total_calls_finished: 0,
      last_updated_at_unix: now,
      status: 'pending',
      retry_count: 0,
      telephony_call_config: {},
      recipients: (recipients as { id?: string; phone_number: string; conversation_initiation_client_data?: Record<string, unknown> }[]).map((r, index) => ({
        id: r.id ?? `rcp_${id.slice(6, 14)}_${index}`,
        phone_number: r.phone_number,
        status: 'pending',
        created_at_unix: now,
        updated_at_unix: now,
        conversation_id: null,
        conversation_initiation_client_data: r.conversation_initiation_client_data ?? null,
      })),
    };
    state.data.batchCalls.unshift(batch);
    scheduleBatch(batch);
    return c.json(batchView(batch));
  });

  app.get('/v1/convai/batch-calling/workspace', (c) => {
    const check: QueryCheck = { items: [] };
    const limit = intParam(c, 'limit', check, { min: 1 }) ?? 100;
    if (check.items.length) return validationError(c, check.items);
    const agentId = c.req.query('agent_id');
    const items = state.data.batchCalls.filter((b) => !agentId || b.agent_id === agentId).sort((a, b) => b.created_at_unix - a.created_at_unix);
    const lastDoc = c.req.query('last_doc');
    const start = lastDoc ? items.findIndex((b) => b.id === lastDoc) + 1 : 0;
    if (lastDoc && start === 0) return validationError(c, [{ loc: ['query', 'last_doc'], msg: 'Invalid cursor', type: 'value_error' }]);
    const page = items.slice(start, start + limit);
    const hasMore = start + limit < items.length;
    return c.json({ batch_calls: page.map(batchView), next_doc: hasMore ? page[page.length - 1]!.id : null, has_more: hasMore });
  });

  app.get('/v1/convai/batch-calling/:id', (c) => {
    const batch = findBatch(c.req.param('id'));
    return batch ? c.json(batchDetailView(batch)) : notFound(c, 'batch_call');
  });

  app.post('/v1/convai/batch-calling/:id/cancel', (c) => {
    const batch = findBatch(c.req.param('id'));
    if (!batch) return notFound(c, 'batch_call');
    if (batch.status === 'completed' || batch.status === 'cancelled') {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'batch_not_cancellable', message: `A ${batch.status} batch cannot be cancelled.` });
    }
    for (const recipient of batch.recipients) {
      if (recipient.status === 'pending' || recipient.status === 'dispatched') setRecipient(batch, recipient, 'cancelled');
    }
    batch.status = 'cancelled';
    return c.json(batchView(batch));
  });

  app.post('/v1/convai/batch-calling/:id/retry', (c) => {
    const batch = findBatch(c.req.param('id'));
    if (!batch) return notFound(c, 'batch_call');
    const retryable = batch.recipients.filter((r) => r.status === 'failed' || r.status === 'voicemail');
    if (retryable.length === 0) {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'nothing_to_retry', message: 'No failed or unanswered recipients to retry.' });
    }
    for (const recipient of retryable) setRecipient(batch, recipient, 'pending');
    batch.retry_count += 1;
    batch.status = 'pending';
    scheduleBatch(batch);
    return c.json(batchView(batch));
  });

  app.delete('/v1/convai/batch-calling/:id', (c) => {
    const index = state.data.batchCalls.findIndex((b) => b.id === c.req.param('id'));
    if (index < 0) return notFound(c, 'batch_call');
    state.data.batchCalls.splice(index, 1);
    return c.body(null, 200);
  });

  app.notFound((c) => c.json({ detail: 'Not Found' }, 404));

  // ---- simulated calls ----
  function subscription() {
    return {
      tier: 'pro',
      character_count: 182_400,
      character_limit: 500_000,
      max_credit_limit_extension: 0,
      can_extend_character_limit: true,
      allowed_to_extend_character_limit: true,
      next_character_count_reset_unix: nowSecs() + 12 * 86_400,
      voice_slots_used: 3,
      professional_voice_slots_used: 0,
      professional_voice_slots_used_in_workspace: 0,
      voice_limit: 160,
      voice_add_edit_counter: 4,
      professional_voice_limit: 1,
      can_extend_voice_limit: false,
      can_use_instant_voice_cloning: true,
      can_use_professional_voice_cloning: true,
      currency: 'usd',
      current_overage: { amount: '0.00', currency: 'usd' },
      status: 'active',
      billing_period: 'monthly_period',
      character_refresh_period: 'monthly_period',
    };
  }

  function startConversation(
    agent: Agent,
    phoneNumberId: string,
    agentNumber: string,
    provider: 'twilio' | 'sip_trunk',
    to: string,
    clientData: Record<string, unknown> | null,
    batch?: { batch_call_id: string; batch_call_recipient_id: string },
  ): Conversation {
    const start = nowSecs();
    const id = createRandom(start ^ state.data.conversations.length ^ 0x5eed).id('conv');
    const conversation: Conversation = {
      agent_id: agent.agent_id,
      agent_name: agent.name,
      conversation_id: id,
      status: 'in-progress',
      user_id: null,
      transcript: [],
      metadata: {
        start_time_unix_secs: start,
        accepted_time_unix_secs: start,
        call_duration_secs: 0,
        cost: 0,
        termination_reason: '',
        feedback: { overall_score: null, likes: 0, dislikes: 0 },
        authorization_method: 'authorization_header',
        phone_call:
          provider === 'twilio'
            ? { type: 'twilio', direction: 'outbound', phone_number_id: phoneNumberId, agent_number: agentNumber, external_number: to, stream_sid: `MZ${id.slice(5, 37)}`, call_sid: '' }
            : { type: 'sip_trunking', direction: 'outbound', phone_number_id: phoneNumberId, agent_number: agentNumber, external_number: to, call_sid: '' },
        batch_call: batch ?? null,
        error: null,
        main_language: 'en',
        text_only: false,
      },
      analysis: null,
      conversation_initiation_client_data: { conversation_config_override: {}, custom_llm_extra_body: {}, dynamic_variables: (clientData?.dynamic_variables as Record<string, unknown>) ?? {} },
      has_audio: false,
      has_user_audio: false,
      has_response_audio: false,
      has_auxiliary_audio: false,
      audioFile: null,
    };
    state.data.conversations.unshift(conversation);
    agent.last_call_time_unix_secs = start;
    return conversation;
  }

  /** Numbers ending in 0000 are busy: the call fails to connect and a call_initiation_failure is sent. */
  function scheduleCallEnd(conversation: Conversation, to: string, onEnd?: (ok: boolean) => void) {
    later(state.callDurationMs, async () => {
      const busy = to.endsWith('0000');
      if (busy) {
        conversation.status = 'failed';
        conversation.metadata.error = { code: 486, reason: 'INVITE failed: sip status: 486: Busy here (SIP 486)' };
        conversation.metadata.termination_reason = 'Call failed to connect';
      } else {
        finishConversation(conversation);
      }
      onEnd?.(!busy);
      if (!state.webhookUrl) return;
      if (busy) {
        await deliver(state.webhookUrl, webhookFor('call_initiation_failure', conversation));
      } else {
        await deliver(state.webhookUrl, webhookFor('post_call_transcription', conversation));
        await deliver(state.webhookUrl, webhookFor('post_call_audio', conversation));
      }
    });
  }

  function finishConversation(conversation: Conversation) {
    const template = AGENT_TEMPLATES.find((t) => t.name === conversation.agent_name) ?? AGENT_TEMPLATES[1]!;
    const recording = template.recording ?? AGENT_TEMPLATES[0]!.recording!;
    conversation.status = 'done';
    conversation.transcript = toTurns(recording.lines, createRandom(conversation.metadata.start_time_unix_secs), 0);
    conversation.metadata.call_duration_secs = recording.durationSecs;
    conversation.metadata.cost = recording.durationSecs * 10;
    conversation.metadata.termination_reason = 'Client disconnected: 1000';
    const summary = template.summary('success');
    conversation.analysis = {
      evaluation_criteria_results: Object.fromEntries(template.criteria.map((c) => [c.id, { criteria_id: c.id, result: 'success', rationale: `${c.name}: met during the call.` }])),
      data_collection_results: {},
      call_successful: 'success',
      transcript_summary: summary.summary,
      call_summary_title: summary.title,
    };
    conversation.has_audio = conversation.has_user_audio = conversation.has_response_audio = true;
    conversation.audioFile = recording.file;
  }

  function webhookFor(type: WebhookType, conversation: Conversation): WebhookEnvelope {
    const base = { type, event_timestamp: nowSecs() };
    if (type === 'post_call_transcription') return { ...base, data: conversationView(conversation) as unknown as Record<string, unknown> };
    if (type === 'post_call_audio') {
      const file = conversation.audioFile ?? AGENT_TEMPLATES[0]!.recording!.file;
      return { ...base, data: { agent_id: conversation.agent_id, conversation_id: conversation.conversation_id, full_audio: audioBytes(file).toString('base64') } };
    }
    const phone = (conversation.metadata.phone_call ?? {}) as Record<string, string>;
    const metadata =
      phone.type === 'sip_trunking'
        ? { type: 'sip', body: { from_number: phone.agent_number, to_number: phone.external_number, sip_status_code: 486, error_reason: 'INVITE failed: sip status: 486: Busy here (SIP 486)', call_sid: phone.call_sid, sip_status: 'Busy here', twirp_code: 'unavailable' } }
        : { type: 'twilio', body: { CallSid: phone.call_sid, CallStatus: 'busy', To: phone.external_number, From: phone.agent_number, Direction: 'outbound-api', SipResponseCode: '486', Duration: '0', CallDuration: '0', AccountSid: 'AC_sim', ApiVersion: '2010-04-01', Timestamp: new Date().toUTCString(), CallbackSource: 'call-progress-events', SequenceNumber: '2' } };
    return { ...base, data: { agent_id: conversation.agent_id, conversation_id: conversation.conversation_id, failure_reason: 'busy', metadata } };
  }

  async function deliver(url: string, envelope: WebhookEnvelope): Promise<Delivery> {
    const delivery = await sendWebhook(url, state.webhookSecret, envelope);
    state.deliveries.push(delivery);
    return delivery;
  }

  function setRecipient(batch: BatchCall, recipient: BatchRecipient, status: string) {
    recipient.status = status;
    recipient.updated_at_unix = nowSecs();
    batch.last_updated_at_unix = recipient.updated_at_unix;
    batch.total_calls_finished = batch.recipients.filter((r) => ['completed', 'failed', 'cancelled', 'voicemail'].includes(r.status)).length;
    batch.total_calls_dispatched = batch.recipients.filter((r) => r.status !== 'pending').length;
  }

  /** Recipients are called one after another, a step apart; the batch completes when all have ended. */
  function scheduleBatch(batch: BatchCall) {
    const startIn = Math.max(0, batch.scheduled_time_unix * 1000 - state.now());
    const step = Math.max(50, Math.round(state.callDurationMs / 2));
    const pending = batch.recipients.filter((r) => r.status === 'pending');
    later(startIn, () => {
      if (batch.status === 'cancelled') return;
      batch.status = 'in_progress';
      pending.forEach((recipient, index) => {
        later(step * index, () => {
          if (batch.status === 'cancelled' || recipient.status !== 'pending') return;
          const agent = findAgent(batch.agent_id);
          const phone = state.data.phoneNumbers.find((p) => p.phone_number_id === batch.phone_number_id);
          if (!agent || !phone) return setRecipient(batch, recipient, 'failed');
          setRecipient(batch, recipient, 'in_progress');
          const conversation = startConversation(agent, phone.phone_number_id, phone.phone_number, phone.provider, recipient.phone_number, recipient.conversation_initiation_client_data, {
            batch_call_id: batch.id,
            batch_call_recipient_id: recipient.id,
          });
          recipient.conversation_id = conversation.conversation_id;
          scheduleCallEnd(conversation, recipient.phone_number, (ok) => {
            setRecipient(batch, recipient, ok ? 'completed' : 'failed');
            if (batch.recipients.every((r) => r.status !== 'pending' && r.status !== 'in_progress' && r.status !== 'initiated')) {
              batch.status = batch.recipients.some((r) => r.status === 'completed') ? 'completed' : 'failed';
            }
          });
        });
      });
    });
  }

  return app;
}

export interface RunningSimulator {
  url: string;
  port: number;
  state: SimulatorState;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const state = createSimulatorState(options);
  const app = createSimulatorApp(state);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        port: info.port,
        state,
        close: () =>
          new Promise<void>((done) => {
            for (const timer of state.timers) clearTimeout(timer);
            state.timers.clear();
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.on('error', reject);
  });
}
