// Agents: the routes' inputs, validated with zod built from the field table in ./model, so the form's
// rules and the server's agree and name fields the same way (dotted paths such as
// `conversation_config.tts.speed`, as ElevenLabs' own 422s name them).
import { z } from 'zod';
import { AGENT_SORTS, AGENT_TEMPLATE_KEYS, agentProblems, READ_ONLY_AGENT_KEYS, SORT_DIRECTIONS } from './model';

const AGENT_ID = /^[\w-]{1,128}$/;

export const agentParamsSchema = z.strictObject({
  id: z.string().regex(AGENT_ID, 'must be an agent id such as agent_…'),
});

/** History entry ids are newest-first time ids: 13 digits, a dash, 8 hex. */
export const HISTORY_ENTRY_ID = /^\d{13}-[0-9a-f]{8}$/;

export const historyEntryParamsSchema = z.strictObject({
  id: z.string().regex(AGENT_ID, 'must be an agent id such as agent_…'),
  entryId: z.string().regex(HISTORY_ENTRY_ID, 'must be a history entry id'),
});

export const agentListQuerySchema = z.strictObject({
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  sort: z.enum(AGENT_SORTS, { error: `must be one of ${AGENT_SORTS.join(', ')}` }).optional(),
  direction: z.enum(SORT_DIRECTIONS, { error: 'must be asc or desc' }).optional(),
  cursor: z.string().max(2000, 'is too long').optional(),
});

const agentName = z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters');

export const createAgentBodySchema = z.strictObject({
  name: agentName,
  template: z.enum(AGENT_TEMPLATE_KEYS, { error: `must be one of ${AGENT_TEMPLATE_KEYS.join(', ')}` }),
});

export const duplicateAgentBodySchema = z.strictObject({ name: agentName });

const baseUpdatedAt = z.number({ error: 'must be the updated_at_unix_secs the form was loaded with' }).int().nonnegative();

export const restoreAgentBodySchema = z.strictObject({ base_updated_at_unix_secs: baseUpdatedAt });

/** A PATCH body as buildAgentPatch makes it: each field the table knows is checked; the rest passes through. */
export const agentChangesSchema = z.record(z.string(), z.unknown()).superRefine((changes, ctx) => {
  for (const key of Object.keys(changes)) {
    if (READ_ONLY_AGENT_KEYS.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'is read-only' });
  }
  for (const issue of agentProblems(changes)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/**
 * PATCH /api/agents/:id. Problems inside `changes` are named by the agent field's own dotted path
 * (not `changes.…`), the same names ElevenLabs' 422s map to, so the editor places both alike.
 */
export const updateAgentBodySchema = z
  .strictObject({ base_updated_at_unix_secs: baseUpdatedAt, changes: z.record(z.string(), z.unknown(), { error: 'must be an object' }) })
  .superRefine((body, ctx) => {
    const result = agentChangesSchema.safeParse(body.changes);
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
