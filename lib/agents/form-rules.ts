// The agent forms' checks, safe for the browser (no zod): the create form's rules, and the editor's
// check of a whole draft before it may be saved. Field limits come from model.ts's field table, which
// the server's schemas use too, so the form and the route name the same problems.
import type { FormRules } from '@/lib/forms/rules';
import {
  AGENT_FIELD_BY_PATH,
  AGENT_TEMPLATE_KEYS,
  ANALYSIS_ID_PATTERN,
  DATA_COLLECTION_PATH,
  DATA_COLLECTION_TYPES,
  EVALUATION_CRITERIA_PATH,
  MAX_ANALYSIS_ITEMS,
  MAX_GOAL_PROMPT_LENGTH,
  READ_ONLY_AGENT_KEYS,
  agentFieldProblem,
  agentFieldProblems,
  valueAtPath,
  type AgentDetail,
  type AgentTemplateKey,
} from './model';

export interface CreateAgentInput {
  name: string;
  template: AgentTemplateKey;
}

export const createAgentRules: FormRules<CreateAgentInput> = {
  name: (value) => nameProblem(value),
  template: (value) => (AGENT_TEMPLATE_KEYS.includes(value) ? undefined : 'Choose a starting template'),
};

/** The name rule of the create and duplicate forms (the editor's Name field says the same). */
export function nameProblem(value: string | undefined): string | undefined {
  const message = agentFieldProblem(AGENT_FIELD_BY_PATH.get('name')!, value ?? null);
  return message ? `Name ${message}` : undefined;
}

export interface DraftProblem {
  /** Dotted path of the field (as 422s name it); list items add their index: `platform_settings.evaluation.criteria.1.id`. */
  field: string;
  message: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function analysisProblems(agent: unknown): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const criteria = valueAtPath(agent, EVALUATION_CRITERIA_PATH);
  if (criteria !== undefined && criteria !== null) {
    if (!Array.isArray(criteria)) problems.push({ field: EVALUATION_CRITERIA_PATH, message: 'must be a list' });
    else {
      if (criteria.length > MAX_ANALYSIS_ITEMS) problems.push({ field: EVALUATION_CRITERIA_PATH, message: `at most ${MAX_ANALYSIS_ITEMS} criteria` });
      const seen = new Set<string>();
      criteria.forEach((item: unknown, index) => {
        const at = `${EVALUATION_CRITERIA_PATH}.${index}`;
        const criterion = isPlainObject(item) ? item : {};
        const id = typeof criterion.id === 'string' ? criterion.id : '';
        if (!ANALYSIS_ID_PATTERN.test(id)) problems.push({ field: `${at}.id`, message: 'ID must be 1–64 letters, digits, _ or -' });
        else if (seen.has(id)) problems.push({ field: `${at}.id`, message: `ID ${id} is used twice` });
        seen.add(id);
        if (typeof criterion.name !== 'string' || !criterion.name.trim()) problems.push({ field: `${at}.name`, message: 'Name is required' });
        const goal = criterion.conversation_goal_prompt;
        if (typeof goal !== 'string' || !goal.trim()) problems.push({ field: `${at}.conversation_goal_prompt`, message: 'Describe what success looks like' });
        else if (goal.length > MAX_GOAL_PROMPT_LENGTH) problems.push({ field: `${at}.conversation_goal_prompt`, message: `at most ${MAX_GOAL_PROMPT_LENGTH} characters` });
      });
    }
  }
  const items = valueAtPath(agent, DATA_COLLECTION_PATH);
  if (items !== undefined && items !== null) {
    if (!isPlainObject(items)) problems.push({ field: DATA_COLLECTION_PATH, message: 'must be an object of items by ID' });
    else {
      const entries = Object.entries(items);
      if (entries.length > MAX_ANALYSIS_ITEMS) problems.push({ field: DATA_COLLECTION_PATH, message: `at most ${MAX_ANALYSIS_ITEMS} items` });
      for (const [id, item] of entries) {
        const at = `${DATA_COLLECTION_PATH}.${id}`;
        if (!ANALYSIS_ID_PATTERN.test(id)) problems.push({ field: at, message: `ID “${id}” must be 1–64 letters, digits, _ or -` });
        const type = isPlainObject(item) ? item.type : undefined;
        if (!(DATA_COLLECTION_TYPES as readonly unknown[]).includes(type)) problems.push({ field: `${at}.type`, message: `type must be one of ${DATA_COLLECTION_TYPES.join(', ')}` });
      }
    }
  }
  return problems;
}

/** Everything that stops a draft from being saved, by field. */
export function agentDraftProblems(draft: AgentDetail): DraftProblem[] {
  return [...agentFieldProblems(draft), ...analysisProblems(draft)];
}

/** The Advanced section's JSON: the agent without what the API answers but never takes. */
export function editableJson(agent: AgentDetail): string {
  const editable = Object.fromEntries(Object.entries(agent).filter(([key]) => !READ_ONLY_AGENT_KEYS.has(key)));
  return JSON.stringify(editable, null, 2);
}

export type JsonParse = { ok: true; agent: AgentDetail } | { ok: false; message: string };

const OBJECT_KEYS = ['conversation_config', 'platform_settings'] as const;

/**
 * The Advanced JSON read back onto the agent: it must parse and keep the agent's shape (an object; name
 * text; tags a list of text; conversation_config and platform_settings objects). Read-only keys come
 * from the loaded agent whatever the text says. Field bounds are checked afterwards, like the form's.
 */
export function parseAgentJson(text: string, base: AgentDetail): JsonParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${error instanceof Error ? error.message : 'cannot be read'}` };
  }
  if (!isPlainObject(value)) return { ok: false, message: 'The configuration must be a JSON object ({ … })' };
  if (typeof value.name !== 'string') return { ok: false, message: '“name” must be text' };
  if (value.tags !== undefined && value.tags !== null && (!Array.isArray(value.tags) || value.tags.some((tag) => typeof tag !== 'string'))) {
    return { ok: false, message: '“tags” must be a list of text' };
  }
  for (const key of OBJECT_KEYS) {
    if (value[key] !== undefined && value[key] !== null && !isPlainObject(value[key])) return { ok: false, message: `“${key}” must be an object` };
  }
  const readOnly = Object.fromEntries(Object.entries(base).filter(([key]) => READ_ONLY_AGENT_KEYS.has(key)));
  const editable = Object.fromEntries(Object.entries(value).filter(([key]) => !READ_ONLY_AGENT_KEYS.has(key)));
  return { ok: true, agent: { ...editable, ...readOnly } as AgentDetail };
}
