// Agents as the rest of the dashboard needs them (names for filters and labels).
import 'server-only';
import { getElevenLabsClient } from '@/lib/settings/service';
import type { AgentDetail } from './model';
import { agentDetailSchema, agentPageSchema, type AgentSummary } from './upstream';

/** Upstream pages hold at most 100; a workspace rarely has more than a few hundred agents. */
const MAX_AGENT_PAGES = 10;

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

/** One agent, whole (the editor, the call form and batch pre-flight read its placeholders and overrides). */
export async function getAgent(agentId: string): Promise<AgentDetail> {
  const client = await getElevenLabsClient();
  const agent = await client.json('GET', `/v1/convai/agents/${encodeURIComponent(agentId)}`, agentDetailSchema, { resource: 'Agent' });
  return agent as AgentDetail;
}
