// Agents' KV records: the last copy of each agent seen (so the list and the editor still open, marked
// stale, when ElevenLabs is down) and the dashboard's change history, one key per agent and entry.
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';
import { HISTORY_ACTIONS } from './model';
import { agentDetailSchema } from './upstream';

export const storedAgentSchema = z.object({
  agent: agentDetailSchema,
  storedAt: z.string(),
});
export type StoredAgent = z.infer<typeof storedAgentSchema>;

/** What the stale list sorts and searches by without reading each copy. */
const storedAgentMetadataSchema = z.object({ name: z.string(), created: z.number().nullable() });

/** `elevenlabs_agents:{agent_id}`: the agent as last read or written through the dashboard. */
export const agentRecord = kvRecord({
  prefix: 'elevenlabs_agents:',
  schema: storedAgentSchema,
  metadata: {
    schema: storedAgentMetadataSchema,
    of: ({ agent }) => ({ name: agent.name.slice(0, 200), created: agent.metadata?.created_at_unix_secs ?? null }),
  },
});

/** Entries list without a read each: the metadata carries the row (changed paths cut to fit KV's 1 KiB). */
export const historyMetadataSchema = z.object({
  at: z.string(),
  by: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  changed: z.array(z.string()),
  /** How many changed paths did not fit in the metadata (the value has them all). */
  more: z.number().int().nonnegative(),
});
export type HistoryMetadata = z.infer<typeof historyMetadataSchema>;

export const historyEntrySchema = z.object({
  at: z.string(),
  by: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  changed: z.array(z.string()),
  /** The whole agent right after the change. */
  snapshot: agentDetailSchema,
});
export type StoredHistoryEntry = z.infer<typeof historyEntrySchema>;

const METADATA_BUDGET = 900;

export function historyMetadataOf(entry: StoredHistoryEntry): HistoryMetadata {
  const meta: HistoryMetadata = { at: entry.at, by: entry.by.slice(0, 200), action: entry.action, changed: [], more: 0 };
  let size = JSON.stringify(meta).length;
  for (const [index, path] of entry.changed.entries()) {
    size += JSON.stringify(path).length + 1;
    if (size > METADATA_BUDGET) {
      meta.more = entry.changed.length - index;
      break;
    }
    meta.changed.push(path);
  }
  return meta;
}

/**
 * `voicedesk_agent_history:{agent_id}:{newest-first time id}`: one change made through the dashboard
 * (create, update, restore, duplicate) with the agent as it was after it. Listed newest first by prefix.
 */
export const agentHistoryRecord = kvRecord({
  prefix: 'voicedesk_agent_history:',
  schema: historyEntrySchema,
  metadata: { schema: historyMetadataSchema, of: historyMetadataOf },
});
