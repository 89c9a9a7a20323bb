// The agent forms' checks, safe for the browser (no zod): the create form's rules, and the editor's
// check of a whole draft before it may be saved. Field limits come from model.ts's field table, which
// the server's schemas use too, so the form and the route name the same problems.
import type { FormRules } from '@/lib/forms/rules';
import {
  AGENT_FIELD_BY_PATH,
  AGENT_TEMPLATE_KEYS,
  READ_ONLY_AGENT_KEYS,
  agentFieldProblem,
  agentProblems,
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

/** Everything that stops a draft from being saved, by field: the checks the server runs before its 422. */
export function agentDraftProblems(draft: AgentDetail): DraftProblem[] {
  return agentProblems(draft).map(({ path, message }) => ({ field: path.join('.'), message }));
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
