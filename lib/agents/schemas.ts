// Agents: the routes' inputs, validated with zod built from the field table in ./model, so the form's
// rules and the server's agree and name fields the same way (dotted paths such as
// `conversation_config.tts.speed`, as ElevenLabs' own 422s name them).
import { z } from 'zod';
import {
  AGENT_FIELDS,
  AGENT_SORTS,
  AGENT_TEMPLATE_KEYS,
  agentFieldProblem,
  ANALYSIS_ID_PATTERN,
  DATA_COLLECTION_PATH,
  DATA_COLLECTION_TYPES,
  EVALUATION_CRITERIA_PATH,
  MAX_ANALYSIS_ITEMS,
  MAX_GOAL_PROMPT_LENGTH,
  READ_ONLY_AGENT_KEYS,
  SORT_DIRECTIONS,
  valueAtPath,
} from './model';

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

type Issue = { path: (string | number)[]; message: string };

/** The analysis list editors' items: criteria (id, name, goal prompt) and data-collection items (type, description). */
function analysisProblems(changes: unknown): Issue[] {
  const issues: Issue[] = [];
  const criteria = valueAtPath(changes, EVALUATION_CRITERIA_PATH);
  const criteriaPath = EVALUATION_CRITERIA_PATH.split('.');
  if (criteria !== undefined && criteria !== null) {
    if (!Array.isArray(criteria)) issues.push({ path: criteriaPath, message: 'must be a list' });
    else {
      if (criteria.length > MAX_ANALYSIS_ITEMS) issues.push({ path: criteriaPath, message: `must have at most ${MAX_ANALYSIS_ITEMS} items` });
      const seen = new Set<string>();
      criteria.forEach((item: Record<string, unknown> | null, index) => {
        const at = (key: string) => [...criteriaPath, index, key];
        if (typeof item?.id !== 'string' || !ANALYSIS_ID_PATTERN.test(item.id)) issues.push({ path: at('id'), message: 'must be letters, digits, _ or - (1–64)' });
        else if (seen.has(item.id)) issues.push({ path: at('id'), message: `is used twice (${item.id})` });
        else seen.add(item.id);
        if (typeof item?.name !== 'string' || !item.name.trim()) issues.push({ path: at('name'), message: 'is required' });
        const goal = item?.conversation_goal_prompt;
        if (typeof goal !== 'string' || !goal.trim()) issues.push({ path: at('conversation_goal_prompt'), message: 'is required' });
        else if (goal.length > MAX_GOAL_PROMPT_LENGTH) issues.push({ path: at('conversation_goal_prompt'), message: `must be at most ${MAX_GOAL_PROMPT_LENGTH} characters` });
      });
    }
  }
  const items = valueAtPath(changes, DATA_COLLECTION_PATH);
  const itemsPath = DATA_COLLECTION_PATH.split('.');
  if (items !== undefined && items !== null) {
    if (typeof items !== 'object' || Array.isArray(items)) issues.push({ path: itemsPath, message: 'must be an object of items by id' });
    else {
      const entries = Object.entries(items as Record<string, Record<string, unknown> | null>);
      if (entries.length > MAX_ANALYSIS_ITEMS) issues.push({ path: itemsPath, message: `must have at most ${MAX_ANALYSIS_ITEMS} items` });
      for (const [id, item] of entries) {
        if (!ANALYSIS_ID_PATTERN.test(id)) issues.push({ path: [...itemsPath, id], message: 'id must be letters, digits, _ or - (1–64)' });
        if (!DATA_COLLECTION_TYPES.includes(item?.type as never)) issues.push({ path: [...itemsPath, id, 'type'], message: `must be one of ${DATA_COLLECTION_TYPES.join(', ')}` });
        if (item?.description !== undefined && typeof item.description !== 'string') issues.push({ path: [...itemsPath, id, 'description'], message: 'must be text' });
      }
    }
  }
  return issues;
}

/** A PATCH body as buildAgentPatch makes it: each field the table knows is checked; the rest passes through. */
export const agentChangesSchema = z.record(z.string(), z.unknown()).superRefine((changes, ctx) => {
  for (const key of Object.keys(changes)) {
    if (READ_ONLY_AGENT_KEYS.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'is read-only' });
  }
  for (const field of AGENT_FIELDS) {
    const message = agentFieldProblem(field, valueAtPath(changes, field.path));
    if (message) ctx.addIssue({ code: 'custom', path: field.path.split('.'), message });
  }
  for (const issue of analysisProblems(changes)) ctx.addIssue({ code: 'custom', ...issue });
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
