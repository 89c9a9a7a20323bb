// Agents: list (enriched with what each row shows), read, create from a template, update with only
// the fields that changed and a conflict check, duplicate, delete, and the dashboard's change
// history with restore. Every read or write keeps `elevenlabs_agents:{id}` current, so the list and
// the editor still open (marked stale) when ElevenLabs is down.
// https://elevenlabs.io/docs/api-reference/agents/list, …/agents/update
import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/api/errors';
import { appendAudit } from '@/lib/audit/service';
import { getElevenLabsClient } from '@/lib/settings/service';
import { getKv, newestFirstId, type KvStore } from '@/lib/kv';
import { buildAgentPatch, diffAgent, jsonEqual, templateConfig, updatedAtOf, type AgentDetail, type AgentHistoryDetail, type AgentHistoryEntry, type AgentListItem, type AgentListParams, type AgentListResult, type AgentPatch, type AgentResult, type AgentTemplateKey, type HistoryAction } from './model';
import { telephonyFormatProblems } from './call-rules';
import { agentHistoryRecord, agentRecord, type StoredAgent } from './records';
import {
  agentDetailSchema,
  agentPageSchema,
  createAgentResponseSchema,
  phoneNumberListSchema,
  type AgentSummary,
} from './upstream';

/** Upstream pages hold at most 100; a workspace rarely has more than a few hundred agents. */
const MAX_AGENT_PAGES = 10;
/** Rows per page of the agents list (the API's own default). */
export const AGENT_PAGE_SIZE = 30;
/** Details fetched at once to enrich a list page: kind to the API's concurrency limit. */
const DETAIL_CONCURRENCY = 4;
/** A stored copy younger than this stands in for the detail on the list (the editor always reads fresh). */
const LIST_COPY_MAX_AGE_MS = 5 * 60_000;
/** A read rewrites an unchanged copy at most this often (KV: one write per second per key). */
const REFRESH_UNCHANGED_MS = 60_000;
/** Most history entries listed for one agent. */
const MAX_HISTORY = 200;

const UPSTREAM_DOWN = new Set(['upstream_unavailable', 'upstream_timeout', 'rate_limited', 'upstream_error']);
const isUpstreamDown = (error: unknown) => error instanceof AppError && UPSTREAM_DOWN.has(error.code);

const agentPath = (id: string) => `/v1/convai/agents/${encodeURIComponent(id)}`;

/** Every agent by name, for pickers (conversation filters, call and batch forms). */
export async function listAllAgents(): Promise<AgentSummary[]> {
  const client = await getElevenLabsClient();
  const agents: AgentSummary[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_AGENT_PAGES; page++) {
    const result = await client.json('GET', '/v1/convai/agents', agentPageSchema, { query: { page_size: 100, cursor } });
    agents.push(...result.agents);
    if (!result.has_more || !result.next_cursor) break;
    cursor = result.next_cursor;
  }
  return agents.sort((a, b) => a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------------------------------------
// The KV copy.
// ---------------------------------------------------------------------------------------------

export function readStoredAgent(id: string, kv: KvStore = getKv()): Promise<StoredAgent | null> {
  return agentRecord.get(kv, id);
}

/**
 * Keeps the copy current; an unchanged agent is rewritten only when its copy is a minute old. Each
 * request writes a key once at most (KV takes one write per second per key). A failed write is
 * logged, not thrown: the copy is a fallback, and ElevenLabs has already answered.
 */
async function storeAgent(agent: AgentDetail, kv: KvStore, previous?: StoredAgent | null): Promise<StoredAgent> {
  const now = new Date();
  if (previous && jsonEqual(previous.agent, agent) && now.getTime() - Date.parse(previous.storedAt) < REFRESH_UNCHANGED_MS) return previous;
  const record: StoredAgent = { agent: agent as StoredAgent['agent'], storedAt: now.toISOString() };
  try {
    await agentRecord.put(kv, record, { parts: agent.agent_id });
  } catch (error) {
    console.error('Agent copy not stored', error instanceof Error ? error.name : typeof error);
  }
  return record;
}

async function fetchAgent(id: string): Promise<AgentDetail> {
  const client = await getElevenLabsClient();
  return (await client.json('GET', agentPath(id), agentDetailSchema, { resource: 'Agent' })) as AgentDetail;
}

/** One agent, fresh from ElevenLabs, its copy kept (the call form and batch pre-flight read it too). */
export async function getAgent(id: string, kv: KvStore = getKv()): Promise<AgentDetail> {
  const [agent, stored] = await Promise.all([fetchAgent(id), readStoredAgent(id, kv)]);
  await storeAgent(agent, kv, stored);
  return agent;
}

/** The editor's read: fresh, or the KV copy marked stale while ElevenLabs is unreachable. */
export async function readAgent(id: string): Promise<AgentResult> {
  const kv = getKv();
  const stored = await readStoredAgent(id, kv);
  try {
    const agent = await fetchAgent(id);
    await storeAgent(agent, kv, stored);
    return { agent, stale: false };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found' && stored) await agentRecord.delete(kv, id);
    if (stored && isUpstreamDown(error)) return { agent: stored.agent as AgentDetail, stale: true, stored_at: stored.storedAt };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The list.
// ---------------------------------------------------------------------------------------------

async function mapBounded<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type PhoneRow = AgentListItem['phone_numbers'][number];

function listItem(summary: Partial<AgentSummary> & { agent_id: string; name: string }, detail: AgentDetail | null, phones: PhoneRow[] | null): AgentListItem {
  const config = detail?.conversation_config;
  const numbers: PhoneRow[] =
    phones ??
    (detail?.phone_numbers ?? []).map((p) => ({ phone_number_id: p.phone_number_id ?? null, phone_number: String(p.phone_number ?? ''), label: p.label ?? null }));
  return {
    agent_id: summary.agent_id,
    name: summary.name,
    tags: summary.tags ?? detail?.tags ?? [],
    voice_id: (typeof summary.voice_id === 'string' ? summary.voice_id : null) ?? config?.tts?.voice_id ?? null,
    language: config?.agent?.language ?? null,
    llm: config?.agent?.prompt?.llm ?? null,
    phone_numbers: numbers,
    created_at_unix_secs: summary.created_at_unix_secs ?? detail?.metadata?.created_at_unix_secs ?? null,
    last_call_time_unix_secs: summary.last_call_time_unix_secs ?? null,
    telephony_warning: detail !== null && numbers.length > 0 && telephonyFormatProblems(detail).length > 0,
  };
}

/** Numbers by the agent they are assigned to; null when the list cannot be read (rows fall back to the copies). */
async function phonesByAgent(): Promise<Map<string, PhoneRow[]> | null> {
  try {
    const client = await getElevenLabsClient();
    const phones = await client.json('GET', '/v1/convai/phone-numbers', phoneNumberListSchema);
    const byAgent = new Map<string, PhoneRow[]>();
    for (const phone of phones) {
      const agentId = phone.assigned_agent?.agent_id;
      if (!agentId) continue;
      byAgent.set(agentId, [...(byAgent.get(agentId) ?? []), { phone_number_id: phone.phone_number_id ?? null, phone_number: phone.phone_number, label: phone.label ?? null }]);
    }
    return byAgent;
  } catch {
    return null;
  }
}

export async function listAgents(params: AgentListParams): Promise<AgentListResult> {
  const kv = getKv();
  // A page of the stale list pages on through the copies, even if ElevenLabs is back meanwhile.
  if (params.cursor?.startsWith(STORED_CURSOR_PREFIX)) return listStoredAgents(params, kv);
  let page: z.infer<typeof agentPageSchema>;
  try {
    const client = await getElevenLabsClient();
    page = await client.json('GET', '/v1/convai/agents', agentPageSchema, {
      query: {
        page_size: AGENT_PAGE_SIZE,
        search: params.search || undefined,
        sort_by: params.sort ?? 'created_at',
        sort_direction: params.direction ?? (params.sort === 'name' ? 'asc' : 'desc'),
        cursor: params.cursor,
      },
    });
  } catch (error) {
    if (isUpstreamDown(error)) return listStoredAgents(params, kv);
    throw error;
  }
  const [phones, rows] = await Promise.all([
    phonesByAgent(),
    mapBounded(page.agents, DETAIL_CONCURRENCY, async (summary) => {
      const stored = await readStoredAgent(summary.agent_id, kv);
      if (stored && Date.now() - Date.parse(stored.storedAt) < LIST_COPY_MAX_AGE_MS) return { summary, detail: stored.agent as AgentDetail };
      try {
        const detail = await fetchAgent(summary.agent_id);
        await storeAgent(detail, kv, stored);
        return { summary, detail };
      } catch {
        // An older copy is better than an empty row; none leaves the detail columns blank.
        return { summary, detail: (stored?.agent as AgentDetail | undefined) ?? null };
      }
    }),
  ]);
  return {
    agents: rows.map(({ summary, detail }) => listItem(summary, detail, phones ? (phones.get(summary.agent_id) ?? []) : null)),
    next_cursor: page.next_cursor ?? null,
    has_more: page.has_more,
    stale: false,
  };
}

/** The list from the KV copies (ElevenLabs down): search and sort on the keys' metadata, then read one page. */
async function listStoredAgents(params: AgentListParams, kv: KvStore): Promise<AgentListResult> {
  const all: { id: string; name: string; created: number | null }[] = [];
  let cursor: string | undefined;
  do {
    const page = await agentRecord.list(kv, { cursor });
    for (const entry of page.entries) if (entry.metadata) all.push({ id: entry.id, ...entry.metadata });
    cursor = page.cursor ?? undefined;
  } while (cursor);
  const search = params.search?.toLowerCase();
  const sort = params.sort === 'name' ? 'name' : 'created';
  const sign = (params.direction ?? (sort === 'name' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const rows = all
    .filter((row) => !search || row.name.toLowerCase().includes(search))
    .sort((a, b) => sign * (sort === 'name' ? a.name.localeCompare(b.name) : (a.created ?? 0) - (b.created ?? 0)) || a.id.localeCompare(b.id));
  const offset = decodeOffset(params.cursor);
  const slice = rows.slice(offset, offset + AGENT_PAGE_SIZE);
  const stored = await mapBounded(slice, 8, (row) => readStoredAgent(row.id, kv));
  const agents = stored.flatMap((copy) => (copy ? [listItem({ ...copy.agent, created_at_unix_secs: undefined }, copy.agent as AgentDetail, null)] : []));
  const hasMore = offset + AGENT_PAGE_SIZE < rows.length;
  return { agents, next_cursor: hasMore ? `${STORED_CURSOR_PREFIX}${offset + AGENT_PAGE_SIZE}` : null, has_more: hasMore, stale: true };
}

/** Stale pages carry their own cursors (`kv:{offset}`); an upstream cursor starts the copies from the top. */
const STORED_CURSOR_PREFIX = 'kv:';

function decodeOffset(cursor: string | undefined): number {
  const match = /^kv:(\d{1,6})$/.exec(cursor ?? '');
  return match ? Number(match[1]) : 0;
}

// ---------------------------------------------------------------------------------------------
// Writes and history.
// ---------------------------------------------------------------------------------------------

/** The change is made upstream by now: a history entry that cannot be written is logged, not thrown. */
async function recordHistory(agent: AgentDetail, action: HistoryAction, by: string, changed: string[], kv: KvStore): Promise<void> {
  const entry = { at: new Date().toISOString(), by, action, changed, snapshot: agent as StoredAgent['agent'] };
  try {
    await agentHistoryRecord.put(kv, entry, { parts: [agent.agent_id, newestFirstId()] });
  } catch (error) {
    console.error('Agent history entry not stored', error instanceof Error ? error.name : typeof error);
  }
}

export async function createAgent(input: { name: string; template: AgentTemplateKey }, actor: string): Promise<AgentResult> {
  const kv = getKv();
  const client = await getElevenLabsClient();
  const config = templateConfig(input.template);
  const { agent_id } = await client.json('POST', '/v1/convai/agents/create', createAgentResponseSchema, {
    body: { name: input.name, ...config, tags: [] },
  });
  const agent = await fetchAgent(agent_id);
  await storeAgent(agent, kv);
  await recordHistory(agent, 'create', actor, [], kv);
  return { agent, stale: false };
}

/**
 * The agent as it is now, or a 409 naming it when it changed since the form loaded it (its copy is
 * kept then; otherwise the save that follows writes the copy, once).
 */
async function currentUnlessChanged(id: string, base: number, kv: KvStore): Promise<{ current: AgentDetail; stored: StoredAgent | null }> {
  const [current, stored] = await Promise.all([fetchAgent(id), readStoredAgent(id, kv)]);
  if (updatedAtOf(current) !== base) {
    await storeAgent(current, kv, stored);
    throw new AppError('conflict', 'This agent was changed since you opened it (in ElevenLabs or another tab). Review both versions before saving.', {
      current,
    });
  }
  return { current, stored };
}

async function patchAgent(
  id: string,
  { current, stored }: { current: AgentDetail; stored: StoredAgent | null },
  patch: AgentPatch,
  action: HistoryAction,
  actor: string,
  kv: KvStore,
): Promise<AgentResult> {
  if (Object.keys(patch).length === 0) {
    await storeAgent(current, kv, stored);
    return { agent: current, stale: false };
  }
  const client = await getElevenLabsClient();
  const agent = (await client.json('PATCH', agentPath(id), agentDetailSchema, { body: patch, resource: 'Agent' })) as AgentDetail;
  await storeAgent(agent, kv);
  await recordHistory(agent, action, actor, diffAgent(current, agent).map((change) => change.path), kv);
  return { agent, stale: false };
}

/**
 * Sends `changes` (what buildAgentPatch made) only if the agent is still the version the form was
 * loaded from. ElevenLabs has no conditional PATCH, so a change landing between the check and the
 * PATCH (a window of one round trip) is not caught; everything before it is.
 */
export async function updateAgent(id: string, base: number, changes: AgentPatch, actor: string): Promise<AgentResult> {
  const kv = getKv();
  return patchAgent(id, await currentUnlessChanged(id, base, kv), changes, 'update', actor, kv);
}

export async function duplicateAgent(id: string, name: string, actor: string): Promise<AgentResult> {
  const kv = getKv();
  const client = await getElevenLabsClient();
  const { agent_id } = await client.json('POST', `${agentPath(id)}/duplicate`, createAgentResponseSchema, { body: { name }, resource: 'Agent' });
  const agent = await fetchAgent(agent_id);
  await storeAgent(agent, kv);
  await recordHistory(agent, 'duplicate', actor, [], kv);
  return { agent, stale: false };
}

/**
 * Deletes upstream, then the KV copy and the agent's history (its snapshots hold prompts the team
 * chose to delete; nothing could restore into a deleted agent anyway). The audit log keeps who did it.
 */
export async function deleteAgent(id: string, actor: string): Promise<void> {
  const kv = getKv();
  const stored = await readStoredAgent(id, kv);
  const client = await getElevenLabsClient();
  const forgetLocally = () => Promise.all([agentRecord.delete(kv, id), forgetHistory(id, kv)]);
  try {
    await client.json('DELETE', agentPath(id), z.unknown(), { resource: 'Agent' });
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') await forgetLocally();
    throw error;
  }
  await forgetLocally();
  const name = stored?.agent.name;
  await appendAudit({ actor, action: 'agent_deleted', detail: `Agent ${name ? `“${name}” (${id})` : id} deleted` }, kv);
}

async function forgetHistory(id: string, kv: KvStore): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await agentHistoryRecord.list(kv, { within: id, cursor });
    await Promise.all(page.entries.map((entry) => kv.delete(entry.key)));
    cursor = page.cursor ?? undefined;
  } while (cursor);
}

export async function listHistory(id: string, kv: KvStore = getKv()): Promise<AgentHistoryEntry[]> {
  const entries: AgentHistoryEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await agentHistoryRecord.list(kv, { within: id, cursor, limit: MAX_HISTORY });
    for (const { id: entryId, metadata } of page.entries) {
      if (!metadata) continue;
      entries.push({ id: entryId, at: metadata.at, by: metadata.by, action: metadata.action, changed: metadata.changed, ...(metadata.more ? { more: metadata.more } : {}) });
    }
    cursor = page.cursor ?? undefined;
  } while (cursor && entries.length < MAX_HISTORY);
  return entries.slice(0, MAX_HISTORY);
}

export async function getHistoryEntry(id: string, entryId: string, kv: KvStore = getKv()): Promise<AgentHistoryDetail> {
  const stored = await agentHistoryRecord.get(kv, [id, entryId]);
  if (!stored) throw new AppError('not_found', 'That version is not in this agent’s history.');
  const { snapshot, ...rest } = stored;
  return { entry: { id: entryId, ...rest }, snapshot: snapshot as AgentDetail };
}

/** Puts a past version back: a PATCH from now to that snapshot, under the same conflict rule as a save. */
export async function restoreAgentVersion(id: string, entryId: string, base: number, actor: string): Promise<AgentResult> {
  const kv = getKv();
  const { snapshot } = await getHistoryEntry(id, entryId, kv);
  const now = await currentUnlessChanged(id, base, kv);
  return patchAgent(id, now, buildAgentPatch(now.current, snapshot), 'restore', actor, kv);
}

