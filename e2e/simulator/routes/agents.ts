// Agents: list, create (POST …/create, the real path), get, patch (deep merge), delete, duplicate.
import { Hono } from 'hono';
import { AGENT_CONFIG, readBody, REQUEST_SCHEMAS } from '../body';
import { notFound, validationError } from '../errors';
import { decodeCursor, pageOf } from '../paging';
import { findAgent, newId, nowSecs, type SimulatorState } from '../state';
import type { Agent } from '../types';
import { enumParam, intParam, type QueryCheck } from '../validation';
import { agentSummary, agentView } from '../views';

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
    const items = state.data.agents
      .filter((a) => !search || a.name.toLowerCase().includes(search))
      .sort((a, b) => sign * (sortBy === 'name' ? a.name.localeCompare(b.name) : a.created_at_unix_secs - b.created_at_unix_secs));
    const { page, hasMore, next } = pageOf(items, offset ?? 0, pageSize);
    return c.json({ agents: page.map(agentSummary), next_cursor: next, has_more: hasMore });
  });

  app.post('/v1/convai/agents/create', async (c) => {
    const parsed = await readBody(c, REQUEST_SCHEMAS.createAgent, { open: AGENT_CONFIG });
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const created = nowSecs(state);
    const agent: Agent = {
      agent_id: newId(state, 'agent'),
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
    const agent = findAgent(state, c.req.param('id'));
    return agent ? c.json(agentView(agent, state.data.phoneNumbers)) : notFound(c, 'agent');
  });

  // The body is checked before the id is looked up, as FastAPI validates before the handler runs.
  app.patch('/v1/convai/agents/:id', async (c) => {
    const parsed = await readBody(c, REQUEST_SCHEMAS.updateAgent, { open: AGENT_CONFIG });
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const agent = findAgent(state, c.req.param('id'));
    if (!agent) return notFound(c, 'agent');
    if (typeof body.name === 'string') agent.name = body.name;
    if (Array.isArray(body.tags)) agent.tags = body.tags as string[];
    if (body.conversation_config && typeof body.conversation_config === 'object') {
      agent.conversation_config = deepMerge(agent.conversation_config, body.conversation_config as Record<string, unknown>);
    }
    if (body.platform_settings && typeof body.platform_settings === 'object') {
      agent.platform_settings = deepMerge(agent.platform_settings, body.platform_settings as Record<string, unknown>);
    }
    agent.metadata.updated_at_unix_secs = nowSecs(state);
    return c.json(agentView(agent, state.data.phoneNumbers));
  });

  app.delete('/v1/convai/agents/:id', (c) => {
    const index = state.data.agents.findIndex((a) => a.agent_id === c.req.param('id'));
    if (index < 0) return notFound(c, 'agent');
    state.data.agents.splice(index, 1);
    return c.body(null, 204);
  });

  app.post('/v1/convai/agents/:id/duplicate', async (c) => {
    const parsed = await readBody(c, REQUEST_SCHEMAS.duplicateAgent, { emptyIsObject: true });
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const agent = findAgent(state, c.req.param('id'));
    if (!agent) return notFound(c, 'agent');
    const created = nowSecs(state);
    const copy: Agent = {
      ...structuredClone(agent),
      agent_id: newId(state, 'agent'),
      name: typeof body.name === 'string' ? body.name : `${agent.name} (copy)`,
      metadata: { created_at_unix_secs: created, updated_at_unix_secs: created },
      created_at_unix_secs: created,
    };
    state.data.agents.push(copy);
    return c.json({ agent_id: copy.agent_id });
  });
  return app;
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

