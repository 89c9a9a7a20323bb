// Agents: the shapes pages read and the editor's rules (its field table, diff and patch, templates).
// The rules calls and batches share live in call-rules.ts. No zod: client components import this;
// schemas.ts validates with it.
// Field paths follow ElevenLabs' agent object:
// https://elevenlabs.io/docs/api-reference/agents/get

import { TELEPHONY_AUDIO_FORMAT, type OverrideField } from './call-rules';
import type { AgentDetail } from './detail';

export type { AgentConversationConfig, AgentDetail, AgentPlatformSettings } from './detail';

// ---------------------------------------------------------------------------------------------
// The editor's field table: every field the form edits, with its label, section, kind, bounds and
// enum, in one place. The form (components/agents) renders from it, form-rules and the server's
// schemas.ts validate with it, so the browser and the route cannot disagree.
// Enums and documented bounds follow https://elevenlabs.io/docs/api-reference/agents/create; where
// ElevenLabs documents no bound (timeouts, durations, retention) the bound is the dashboard's own
// guard rail, wide enough for any real agent.
// ---------------------------------------------------------------------------------------------

/** `conversation_config.agent.prompt.llm` (the SDK's `LLM` enum; a live list is `GET /v1/convai/llm/list`). */
export const LLMS = [
  'gpt-4o-mini', 'gpt-4o', 'gpt-4', 'gpt-4-turbo', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-5', 'gpt-5.1', 'gpt-5.2',
  'gpt-5.2-chat-latest', 'gpt-5.4', 'gpt-5.4-mini', 'gpt-5.4-nano', 'gpt-5.5', 'gpt-5.6-sol', 'gpt-5.6-terra', 'gpt-5.6-luna',
  'gpt-6-astra', 'gpt-6-sol', 'gpt-6-luna', 'gpt-6.1-sol', 'gpt-5-mini', 'gpt-5-nano', 'gpt-3.5-turbo',
  'gemini-1.5-pro', 'gemini-1.5-flash', 'gemini-2.0-flash', 'gemini-2.0-flash-lite', 'gemini-2.5-flash-lite', 'gemini-2.5-flash',
  'gemini-3-pro-preview', 'gemini-3-flash-preview', 'gemini-3.1-pro-preview', 'gemini-3.1-flash-lite-preview', 'gemini-3.1-flash-lite',
  'gemini-3.5-flash', 'gemini-3.5-flash-lite', 'gemini-3.6-flash', 'gemini-3.7-flash', 'gemini-3.8-flash', 'gemini-4-argon',
  'claude-sonnet-4-5', 'claude-opus-4-6', 'claude-opus-4-7', 'claude-opus-4-8', 'claude-opus-5', 'claude-opus-5-5', 'claude-sonnet-4-6',
  'claude-sonnet-5', 'claude-sonnet-5-5', 'claude-sonnet-4', 'claude-haiku-4-5', 'claude-haiku-5-5', 'claude-3-7-sonnet',
  'claude-3-5-sonnet', 'claude-3-5-sonnet-v1', 'claude-3-haiku',
  'grok-beta', 'custom-llm', 'qwen3-4b', 'qwen3-30b-a3b', 'qwen36-35b-a3b', 'qwen35-397b-a17b', 'gpt-oss-20b', 'gpt-oss-120b',
  'glm-45-air-fp8', 'glm-52', 'deepseek-v41-flash',
  'gemini-2.5-flash-preview-09-2025', 'gemini-2.5-flash-lite-preview-09-2025', 'gemini-2.5-flash-preview-05-20',
  'gemini-2.5-flash-preview-04-17', 'gemini-2.5-flash-lite-preview-06-17', 'gemini-2.0-flash-lite-001', 'gemini-2.0-flash-001',
  'gemini-1.5-flash-002', 'gemini-1.5-flash-001', 'gemini-1.5-pro-002', 'gemini-1.5-pro-001', 'claude-sonnet-4@20250514',
  'claude-sonnet-4-5@20250929', 'claude-haiku-4-5@20251001', 'claude-3-7-sonnet@20250219', 'claude-3-5-sonnet@20240620',
  'claude-3-5-sonnet-v2@20241022', 'claude-3-haiku@20240307', 'gpt-5-2025-08-07', 'gpt-5.1-2025-11-13', 'gpt-5.2-2025-12-11',
  'gpt-5.4-2026-03-05', 'gpt-5.4-mini-2026-03-17', 'gpt-5.4-nano-2026-03-17', 'gpt-5.5-2026-04-23', 'gpt-5-mini-2025-08-07',
  'gpt-5-nano-2025-08-07', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'gpt-4o-mini-2024-07-18',
  'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4-0613', 'gpt-4-0314', 'gpt-4-turbo-2024-04-09',
  'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-1106', 'watt-tool-8b', 'watt-tool-70b',
] as const;
export type Llm = (typeof LLMS)[number];

/** `conversation_config.tts.model_id` (`TTSConversationalModel`). */
export const TTS_MODELS = [
  'eleven_turbo_v2', 'eleven_turbo_v2_5', 'eleven_flash_v2', 'eleven_flash_v2_5', 'eleven_multilingual_v2',
  'eleven_v3_conversational', 'eleven_v4', 'eleven_v4_turbo',
] as const;

/** `asr.user_input_audio_format` (`ASRInputFormat`) and `tts.agent_output_audio_format` (`TTSOutputFormat`) share these. */
export const AUDIO_FORMATS = ['pcm_8000', 'pcm_16000', 'pcm_22050', 'pcm_24000', 'pcm_44100', 'pcm_48000', 'ulaw_8000'] as const;
export const ASR_INPUT_FORMATS = AUDIO_FORMATS;
export const TTS_OUTPUT_FORMATS = AUDIO_FORMATS;

export const AUDIO_FORMAT_LABEL: Record<(typeof AUDIO_FORMATS)[number], string> = {
  pcm_8000: 'PCM 8000 Hz',
  pcm_16000: 'PCM 16000 Hz',
  pcm_22050: 'PCM 22050 Hz',
  pcm_24000: 'PCM 24000 Hz',
  pcm_44100: 'PCM 44100 Hz',
  pcm_48000: 'PCM 48000 Hz',
  ulaw_8000: 'μ-law 8000 Hz (telephony)',
};

/** `agent.language`: a free string upstream; these are the languages ElevenLabs agents speak. */
export const AGENT_LANGUAGES = [
  'en', 'ar', 'bg', 'cs', 'da', 'de', 'el', 'es', 'fi', 'fil', 'fr', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'ms', 'nl', 'no',
  'pl', 'pt', 'pt-br', 'ro', 'ru', 'sk', 'sv', 'ta', 'tr', 'uk', 'vi', 'zh',
] as const;

/** `platform_settings.data_collection[id].type`. */
export const DATA_COLLECTION_TYPES = ['boolean', 'string', 'integer', 'number'] as const;
export type DataCollectionType = (typeof DATA_COLLECTION_TYPES)[number];

/** The editor's sections, in order (Advanced, the raw JSON, holds no table field). */
export const AGENT_SECTIONS = ['agent', 'voice', 'asr', 'conversation', 'analysis', 'overrides', 'privacy', 'advanced'] as const;
export type AgentSection = (typeof AGENT_SECTIONS)[number];
export const AGENT_SECTION_LABEL: Record<AgentSection, string> = {
  agent: 'Agent',
  voice: 'Voice',
  asr: 'Speech recognition',
  conversation: 'Conversation',
  analysis: 'Analysis',
  overrides: 'Overrides',
  privacy: 'Privacy',
  advanced: 'Advanced',
};

export type AgentFieldKind = 'text' | 'longtext' | 'number' | 'integer' | 'enum' | 'boolean' | 'strings';

export interface AgentFieldSpec {
  /** Dotted path in the agent object; also the name upstream 422s and our own 422s use for the field. */
  path: string;
  label: string;
  section: AgentSection;
  kind: AgentFieldKind;
  min?: number;
  max?: number;
  /** Slider / input step for numbers. */
  step?: number;
  /** A value allowed outside min..max with its meaning (`-1` = no limit). */
  sentinel?: { value: number; label: string };
  options?: readonly string[];
  /** Most characters (text) or items (strings). */
  maxLength?: number;
  help?: string;
  /** Shown as a slider (bounded numbers the API documents). */
  slider?: boolean;
}

const OVERRIDE_ROOT = 'platform_settings.overrides.conversation_config_override';

export const AGENT_FIELDS: readonly AgentFieldSpec[] = [
  { path: 'name', label: 'Name', section: 'agent', kind: 'text', maxLength: 200 },
  { path: 'tags', label: 'Tags', section: 'agent', kind: 'strings', maxLength: 20 },
  { path: 'conversation_config.agent.first_message', label: 'First message', section: 'agent', kind: 'longtext', maxLength: 5_000, help: 'Empty: the agent waits for the caller to speak first.' },
  { path: 'conversation_config.agent.prompt.prompt', label: 'System prompt', section: 'agent', kind: 'longtext', maxLength: 200_000 },
  { path: 'conversation_config.agent.language', label: 'Language', section: 'agent', kind: 'enum', options: AGENT_LANGUAGES },
  { path: 'conversation_config.agent.prompt.llm', label: 'LLM', section: 'agent', kind: 'enum', options: LLMS },
  { path: 'conversation_config.agent.prompt.temperature', label: 'Temperature', section: 'agent', kind: 'number', min: 0, max: 2, step: 0.05, slider: true },
  { path: 'conversation_config.agent.prompt.max_tokens', label: 'Max tokens', section: 'agent', kind: 'integer', min: 1, max: 100_000, sentinel: { value: -1, label: 'no limit' } },
  { path: 'conversation_config.tts.voice_id', label: 'Voice ID', section: 'voice', kind: 'text', maxLength: 100 },
  { path: 'conversation_config.tts.model_id', label: 'TTS model', section: 'voice', kind: 'enum', options: TTS_MODELS },
  { path: 'conversation_config.tts.stability', label: 'Stability', section: 'voice', kind: 'number', min: 0, max: 1, step: 0.01, slider: true },
  { path: 'conversation_config.tts.speed', label: 'Speed', section: 'voice', kind: 'number', min: 0.7, max: 1.2, step: 0.01, slider: true },
  { path: 'conversation_config.tts.similarity_boost', label: 'Similarity', section: 'voice', kind: 'number', min: 0, max: 1, step: 0.01, slider: true },
  { path: 'conversation_config.tts.agent_output_audio_format', label: 'Output audio format', section: 'voice', kind: 'enum', options: TTS_OUTPUT_FORMATS },
  { path: 'conversation_config.asr.user_input_audio_format', label: 'Input audio format', section: 'asr', kind: 'enum', options: ASR_INPUT_FORMATS },
  { path: 'conversation_config.asr.keywords', label: 'Keywords', section: 'asr', kind: 'strings', maxLength: 100, help: 'Words the transcriber should expect (names, products).' },
  { path: 'conversation_config.conversation.max_duration_seconds', label: 'Max duration (seconds)', section: 'conversation', kind: 'integer', min: 1, max: 7_200 },
  { path: 'conversation_config.turn.turn_timeout', label: 'Turn timeout (seconds)', section: 'conversation', kind: 'number', min: 1, max: 300, step: 1 },
  { path: 'conversation_config.turn.silence_end_call_timeout', label: 'Silence end-call timeout (seconds)', section: 'conversation', kind: 'number', min: 1, max: 7_200, step: 1, sentinel: { value: -1, label: 'off' } },
  { path: `${OVERRIDE_ROOT}.agent.language`, label: 'Language', section: 'overrides', kind: 'boolean' },
  { path: `${OVERRIDE_ROOT}.agent.first_message`, label: 'First message', section: 'overrides', kind: 'boolean' },
  { path: `${OVERRIDE_ROOT}.agent.prompt.prompt`, label: 'System prompt', section: 'overrides', kind: 'boolean' },
  { path: `${OVERRIDE_ROOT}.tts.voice_id`, label: 'Voice', section: 'overrides', kind: 'boolean' },
  { path: 'platform_settings.privacy.record_voice', label: 'Record voice', section: 'privacy', kind: 'boolean' },
  { path: 'platform_settings.privacy.retention_days', label: 'Retention (days)', section: 'privacy', kind: 'integer', min: 1, max: 3_650, sentinel: { value: -1, label: 'unlimited' } },
];

export const AGENT_FIELD_BY_PATH: ReadonlyMap<string, AgentFieldSpec> = new Map(AGENT_FIELDS.map((field) => [field.path, field]));

/** The override switch for each override field, so the calls features and the editor agree on paths. */
export const OVERRIDE_FIELD_PATH: Record<OverrideField, string> = {
  language: `${OVERRIDE_ROOT}.agent.language`,
  first_message: `${OVERRIDE_ROOT}.agent.first_message`,
  system_prompt: `${OVERRIDE_ROOT}.agent.prompt.prompt`,
  voice_id: `${OVERRIDE_ROOT}.tts.voice_id`,
};

/** Analysis items (list editors): criteria and data collection, with their limits. */
export const EVALUATION_CRITERIA_PATH = 'platform_settings.evaluation.criteria';
export const DATA_COLLECTION_PATH = 'platform_settings.data_collection';
export const ANALYSIS_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_GOAL_PROMPT_LENGTH = 2_000;
export const MAX_ANALYSIS_ITEMS = 30;

/** Why a value does not fit its field (the form and the server say the same), or undefined. Null/absent is fine: the API fills its default. */
export function agentFieldProblem(field: AgentFieldSpec, value: unknown): string | undefined {
  if (field.path === 'name' && value === null) return 'is required';
  if (value === undefined || value === null) return undefined;
  switch (field.kind) {
    case 'text':
    case 'longtext':
      if (typeof value !== 'string') return 'must be text';
      if (field.path === 'name' && value.trim() === '') return 'is required';
      if (field.maxLength !== undefined && value.length > field.maxLength) return `must be at most ${field.maxLength} characters`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be on or off';
    case 'enum':
      if (typeof value !== 'string') return 'must be text';
      return field.options?.includes(value) ? undefined : `must be one of the listed values (not ${value})`;
    case 'strings':
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return 'must be a list of text';
      if (field.maxLength !== undefined && value.length > field.maxLength) return `must have at most ${field.maxLength} items`;
      return undefined;
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (field.sentinel && value === field.sentinel.value) return undefined;
      if (field.kind === 'integer' && !Number.isInteger(value)) return 'must be a whole number';
      const range = `between ${field.min} and ${field.max}${field.sentinel ? ` (or ${field.sentinel.value} for ${field.sentinel.label})` : ''}`;
      if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) return `must be ${range}`;
      return undefined;
    }
  }
}

/** Every table field's problem in an agent (or a partial agent / a PATCH body), by dotted path. */
export function agentFieldProblems(agent: unknown): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  for (const field of AGENT_FIELDS) {
    const message = agentFieldProblem(field, valueAtPath(agent, field.path));
    if (message) problems.push({ field: field.path, message });
  }
  return problems;
}

/** A problem at a path (dotted for messages: `path.join('.')`). */
export type AgentProblem = { path: (string | number)[]; message: string };

/** The analysis list editors' items: criteria (id, name, goal prompt) and data-collection items (type, description). */
export function analysisProblems(changes: unknown): AgentProblem[] {
  const issues: AgentProblem[] = [];
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

/**
 * Everything the dashboard checks in an agent, a form's values or a PATCH body, before ElevenLabs
 * does: the table's fields and the analysis items. The form shows these; the server refuses them (422).
 */
export function agentProblems(agent: unknown): AgentProblem[] {
  const problems: AgentProblem[] = [];
  for (const field of AGENT_FIELDS) {
    const message = agentFieldProblem(field, valueAtPath(agent, field.path));
    if (message) problems.push({ path: field.path.split('.'), message });
  }
  return [...problems, ...analysisProblems(agent)];
}

// ---------------------------------------------------------------------------------------------
// Paths, diffs and the PATCH body.
// ---------------------------------------------------------------------------------------------

/** Keys the API answers but never takes in a PATCH: never diffed, never sent. */
export const READ_ONLY_AGENT_KEYS = new Set([
  'agent_id', 'metadata', 'phone_numbers', 'whatsapp_accounts', 'access_info', 'version_id', 'branch_id', 'main_branch_id',
]);

/**
 * Maps keyed by ids the user chooses: a change anywhere inside sends the whole map, so an item
 * removed in the editor is removed upstream (a deep merge of a partial map could not remove it).
 */
export const WHOLE_VALUE_PATHS = new Set([
  DATA_COLLECTION_PATH,
  'conversation_config.agent.dynamic_variables.dynamic_variable_placeholders',
  'conversation_config.language_presets',
]);

type Plain = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

export function valueAtPath(object: unknown, path: string): unknown {
  let value = object;
  for (const part of path.split('.')) {
    if (!isPlainObject(value)) return undefined;
    value = value[part];
  }
  return value;
}

/** A copy of `object` with `value` at `path` (missing objects on the way are made). */
export function withValueAtPath<T>(object: T, path: string, value: unknown): T {
  const parts = path.split('.');
  const set = (node: unknown, index: number): unknown => {
    const base: Plain = isPlainObject(node) ? { ...node } : {};
    const key = parts[index]!;
    base[key] = index === parts.length - 1 ? value : set(base[key], index + 1);
    return base;
  };
  return set(object, 0) as T;
}

/** Deep equality of JSON values (arrays as values, key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

export interface AgentChange {
  /** Dotted path, e.g. `conversation_config.tts.speed`. */
  path: string;
  /** undefined: the key was absent on that side. */
  before: unknown;
  after: unknown;
}

/**
 * Field-by-field changes between two versions of an agent: objects are walked, everything else
 * (arrays included) compared as a value. Read-only keys (metadata, phone numbers, …) are skipped.
 */
export function diffAgent(before: unknown, after: unknown): AgentChange[] {
  const changes: AgentChange[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
      for (const key of keys) {
        if (!path && READ_ONLY_AGENT_KEYS.has(key)) continue;
        walk(a[key], b[key], path ? `${path}.${key}` : key);
      }
      return;
    }
    if (!jsonEqual(a, b)) changes.push({ path, before: a, after: b });
  };
  walk(before, after, '');
  return changes;
}

export type AgentPatch = Plain;

/**
 * The PATCH body taking `before` to `after`: only what changed, as nested partial objects (the API
 * deep-merges them). Keys the dashboard does not know are left alone unless they changed; a key
 * removed in `after` is sent as null (the API's default); maps in WHOLE_VALUE_PATHS go whole.
 */
export function buildAgentPatch(before: unknown, after: unknown): AgentPatch {
  const build = (a: unknown, b: unknown, path: string): unknown => {
    if (isPlainObject(a) && isPlainObject(b) && !WHOLE_VALUE_PATHS.has(path)) {
      const patch: Plain = {};
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!path && READ_ONLY_AGENT_KEYS.has(key)) continue;
        if (jsonEqual(a[key], b[key])) continue;
        patch[key] = key in b && b[key] !== undefined ? build(a[key], b[key], path ? `${path}.${key}` : key) : null;
      }
      return patch;
    }
    return b;
  };
  const patch = build(before, after, '');
  return isPlainObject(patch) ? patch : {};
}

/** The dotted paths a PATCH body touches (its leaves; whole maps and arrays count as one). */
export function patchPaths(patch: unknown, path = ''): string[] {
  if (!isPlainObject(patch) || WHOLE_VALUE_PATHS.has(path) || (path && Object.keys(patch).length === 0)) return path ? [path] : [];
  return Object.entries(patch).flatMap(([key, value]) => patchPaths(value, path ? `${path}.${key}` : key));
}

/** `before` with a PATCH body deep-merged in, as the API applies it (the optimistic saved state). */
export function applyAgentPatch<T>(before: T, patch: AgentPatch): T {
  const merge = (a: unknown, b: unknown, path: string): unknown => {
    if (!isPlainObject(a) || !isPlainObject(b) || WHOLE_VALUE_PATHS.has(path)) return b;
    const result: Plain = { ...a };
    for (const [key, value] of Object.entries(b)) result[key] = merge(a[key], value, path ? `${path}.${key}` : key);
    return result;
  };
  return merge(before, patch, '') as T;
}

// ---------------------------------------------------------------------------------------------
// Starting templates for a new agent.
// ---------------------------------------------------------------------------------------------

export const AGENT_TEMPLATE_KEYS = ['blank', 'support', 'appointment_reminder', 'outbound_survey'] as const;
export type AgentTemplateKey = (typeof AGENT_TEMPLATE_KEYS)[number];

export interface EvaluationCriterion {
  id: string;
  name: string;
  type?: 'prompt';
  conversation_goal_prompt: string;
  use_knowledge_base?: boolean;
  [key: string]: unknown;
}

export interface DataCollectionItem {
  type: DataCollectionType;
  description?: string;
  [key: string]: unknown;
}

export interface AgentTemplate {
  key: AgentTemplateKey;
  label: string;
  description: string;
  /** Suggested name for the create form. */
  name: string;
  firstMessage: string;
  prompt: string;
  criteria: EvaluationCriterion[];
  dataCollection: Record<string, DataCollectionItem>;
  /** Audio formats: telephony templates start on μ-law 8000 Hz. */
  telephony: boolean;
}

const criterion = (id: string, name: string, goal: string): EvaluationCriterion => ({
  id,
  name,
  type: 'prompt',
  conversation_goal_prompt: goal,
  use_knowledge_base: false,
});

export const AGENT_TEMPLATES: Record<AgentTemplateKey, AgentTemplate> = {
  blank: {
    key: 'blank',
    label: 'Blank',
    description: 'An empty agent: write the prompt yourself.',
    name: 'New agent',
    firstMessage: '',
    prompt: '',
    criteria: [],
    dataCollection: {},
    telephony: false,
  },
  support: {
    key: 'support',
    label: 'Customer support',
    description: 'Answers questions, troubleshoots, and hands off to a person when it cannot help.',
    name: 'Support agent',
    firstMessage: 'Hi {{customer_name}}, thanks for calling {{company_name}} support. How can I help you today?',
    prompt: [
      'You are a friendly, patient support agent for {{company_name}}.',
      'Greet the caller, find out what they need, and solve it step by step. Confirm the account or order number before discussing it.',
      'Keep answers short: this is a phone call. Never invent policies, prices or dates; if you do not know, say so and offer a callback.',
      'If the caller is upset or asks for a person, apologise and transfer the call.',
    ].join('\n\n'),
    criteria: [
      criterion('issue_resolved', 'Issue resolved', 'The caller’s problem was solved during the call, or a clear next step was agreed.'),
      criterion('polite_tone', 'Polite tone', 'The agent stayed polite and calm throughout, even if the caller was frustrated.'),
    ],
    dataCollection: {
      issue_category: { type: 'string', description: 'The kind of problem: billing, delivery, technical, account or other.' },
      order_number: { type: 'string', description: 'The order or account number the caller gave, if any.' },
      escalated: { type: 'boolean', description: 'Whether the call was handed to a person.' },
    },
    telephony: true,
  },
  appointment_reminder: {
    key: 'appointment_reminder',
    label: 'Appointment reminder',
    description: 'Calls a patient to confirm, reschedule or cancel an upcoming appointment.',
    name: 'Appointment reminder',
    firstMessage: 'Hello, this is {{clinic_name}} calling for {{patient_name}}. I’m calling about your appointment on {{appointment_time}}.',
    prompt: [
      'You call patients of {{clinic_name}} to remind them of their appointment with {{doctor_name}} on {{appointment_time}}.',
      'Make sure you are speaking with {{patient_name}} before giving any details. If someone else answers, ask them to have {{patient_name}} call back and share nothing else.',
      'Ask whether they will attend. If not, offer to reschedule or cancel, and confirm any new time back to them.',
      'Do not give medical advice. Keep the call under two minutes.',
    ].join('\n\n'),
    criteria: [
      criterion('identity_confirmed', 'Identity confirmed', 'The agent confirmed it was speaking with the patient before sharing appointment details.'),
      criterion('outcome_recorded', 'Outcome recorded', 'The call ended with a clear answer: confirmed, rescheduled or cancelled.'),
    ],
    dataCollection: {
      attendance: { type: 'string', description: 'confirmed, rescheduled, cancelled or no_answer.' },
      new_appointment_time: { type: 'string', description: 'The new date and time if the patient rescheduled.' },
      wrong_person: { type: 'boolean', description: 'Whether someone other than the patient answered.' },
    },
    telephony: true,
  },
  outbound_survey: {
    key: 'outbound_survey',
    label: 'Outbound survey',
    description: 'Asks a customer three short questions after a purchase or visit.',
    name: 'Satisfaction survey',
    firstMessage: 'Hi {{customer_name}}, this is {{company_name}}. Do you have one minute for three quick questions about your recent {{purchase}}?',
    prompt: [
      'You run a short satisfaction survey for {{company_name}} about the customer’s recent {{purchase}}.',
      'If they agree, ask: (1) how satisfied they are from 1 to 5, (2) whether they would recommend {{company_name}} to a friend, (3) what one thing could be better.',
      'Do not argue with answers or sell anything. If they decline, thank them and end the call politely.',
    ].join('\n\n'),
    criteria: [
      criterion('survey_completed', 'Survey completed', 'All three questions were asked and answered.'),
      criterion('respected_refusal', 'Respected a refusal', 'If the customer declined, the agent ended the call politely without pressing.'),
    ],
    dataCollection: {
      satisfaction_score: { type: 'integer', description: 'The satisfaction score from 1 to 5.' },
      would_recommend: { type: 'boolean', description: 'Whether the customer would recommend the company.' },
      improvement: { type: 'string', description: 'What the customer said could be better.' },
    },
    telephony: true,
  },
};

/** The create body's configuration for a template (the rest is the API's defaults). */
export function templateConfig(key: AgentTemplateKey): { conversation_config: Plain; platform_settings: Plain } {
  const template = AGENT_TEMPLATES[key];
  const conversation_config: Plain = {
    agent: { first_message: template.firstMessage, language: 'en', prompt: { prompt: template.prompt } },
  };
  if (template.telephony) {
    conversation_config.asr = { user_input_audio_format: TELEPHONY_AUDIO_FORMAT };
    conversation_config.tts = { agent_output_audio_format: TELEPHONY_AUDIO_FORMAT };
  }
  return {
    conversation_config,
    platform_settings: { evaluation: { criteria: template.criteria }, data_collection: template.dataCollection },
  };
}

// ---------------------------------------------------------------------------------------------
// What the API routes answer.
// ---------------------------------------------------------------------------------------------

export const AGENT_SORTS = ['name', 'created_at', 'call_count_7d'] as const;
export type AgentSort = (typeof AGENT_SORTS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export interface AgentListParams {
  search?: string;
  sort?: AgentSort;
  direction?: SortDirection;
  cursor?: string;
}

/** One row of GET /api/agents. Fields read from the agent's detail are null when unknown. */
export interface AgentListItem {
  agent_id: string;
  name: string;
  tags: string[];
  voice_id: string | null;
  language: string | null;
  llm: string | null;
  phone_numbers: Array<{ phone_number_id: string | null; phone_number: string; label: string | null }>;
  created_at_unix_secs: number | null;
  last_call_time_unix_secs: number | null;
  /** The row's agent has a phone number but its audio is not μ-law 8000 Hz. */
  telephony_warning: boolean;
}

export interface AgentListResult {
  agents: AgentListItem[];
  next_cursor: string | null;
  has_more: boolean;
  /** ElevenLabs was unreachable: the rows come from the copies kept in KV. */
  stale: boolean;
}

export interface AgentResult {
  agent: AgentDetail;
  stale: boolean;
  /** When the KV copy was stored (set when stale). */
  stored_at?: string;
}

export const HISTORY_ACTIONS = ['create', 'update', 'restore', 'duplicate'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export interface AgentHistoryEntry {
  id: string;
  /** ISO time. */
  at: string;
  /** Who (the admin's email). */
  by: string;
  action: HistoryAction;
  /** Dotted paths changed (for create/duplicate: empty). */
  changed: string[];
  /** In a list row: how many more paths changed than `changed` names (the entry itself has them all). */
  more?: number;
}

export interface AgentHistoryDetail {
  entry: AgentHistoryEntry;
  /** The full agent as it was right after this change. */
  snapshot: AgentDetail;
}

/** PATCH /api/agents/:id's body. */
export interface AgentUpdateRequest {
  base_updated_at_unix_secs: number;
  changes: AgentPatch;
}

export const updatedAtOf = (agent: Pick<AgentDetail, 'metadata'>): number | null => agent.metadata?.updated_at_unix_secs ?? null;
