// Conversations: the filters' vocabulary, their type and the syntax of the repeated `evaluation` /
// `data` params, without zod: client components import this, and schemas.ts builds its validation
// from it, so the browser bundle stays free of zod while there is still one definition of a filter.
// Also the shapes pages read (types only from ./upstream, erased at build).
import type { ConversationDetail } from './upstream';

export const OUTCOMES = ['success', 'failure', 'unknown'] as const;
export const EVALUATION_RESULTS = ['success', 'failure', 'unknown'] as const;
export const DATA_OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in'] as const;

export type Outcome = (typeof OUTCOMES)[number];
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];
export type DataOperator = (typeof DATA_OPERATORS)[number];

/**
 * An evaluation criterion or data-collection field id (also used as an <input pattern>). The `-` is
 * escaped: browsers compile `pattern` with the `v` flag, under which a bare `-` in a class is a syntax
 * error (the input then goes unchecked and the console reports it); `\-` means the same with or without it.
 */
export const FIELD_ID_PATTERN = '[\\w\\-]+';
export const MAX_DURATION_SECS = 86_400;
/** Most values one repeated filter (`evaluation`, `data`) may carry. */
export const MAX_REPEATED = 20;
export const MAX_DATA_PARAM_LENGTH = 300;
/** Most earlier cursors a list URL keeps; deeper than this, "Newer" from the oldest kept one skips to page 1. */
export const MAX_PAGE_STACK = 50;

export const EVALUATION_PARAM = new RegExp(`^(${FIELD_ID_PATTERN}):(${EVALUATION_RESULTS.join('|')})$`);
export const DATA_PARAM = new RegExp(`^(${FIELD_ID_PATTERN}):(${DATA_OPERATORS.join('|')}):(.*)$`);

/** The list's filters as the page URL and GET /api/conversations carry them (schemas.ts validates). */
export interface ConversationFilters {
  agent?: string;
  outcome?: Outcome;
  from?: string;
  to?: string;
  min_duration?: number;
  max_duration?: number;
  search?: string;
  evaluation?: string[];
  data?: string[];
  /** The IANA zone whose days `from` and `to` are (UTC when absent): the browser's, added to API requests, never to page URLs. */
  tz?: string;
  cursor?: string;
  /** The cursors of the pages before this one, oldest first (page 1 has none), so "Newer" works from any URL. */
  prev?: string[];
  page_size: number;
}

/** How a detail was served: `hit` from KV, `miss` fetched (and stored if finished), `stale` KV while upstream is down. */
export type CacheState = 'hit' | 'miss' | 'live' | 'stale';

export interface ConversationResult {
  conversation: ConversationDetail;
  cache: CacheState;
  storedAt: string | null;
  source: 'api' | 'webhook' | null;
  /** For a failed call, the `call_initiation_failure` webhook's record, when one arrived. */
  failure?: CallFailure | null;
}

/**
 * A `call_initiation_failure` as the webhook receiver keeps it (`voicedesk_call_failure:{id}`):
 * https://elevenlabs.io/docs/agents-platform/workflows/post-call-webhooks
 */
export interface CallFailure {
  conversationId: string;
  agentId: string;
  reason: string;
  /** The telephony provider (`twilio`, `sip`), when the event names one. */
  provider: string | null;
  /** The provider's own fields (`to_number`, `sip_status_code` for SIP; Twilio's `To`, `CallStatus`). */
  details: Record<string, unknown> | null;
  at: string;
}

/** Details of a 404 for a conversation whose call never connected: the failure is all there is. */
export interface MissingConversationDetails {
  callFailure: CallFailure;
}

/** The page's URL as parsed on the server: filters, or what is wrong with them. */
export type ParsedConversationFilters = { filters: ConversationFilters; error: null } | { filters: null; error: string };

export interface EvaluationFilter {
  criterion: string;
  result: EvaluationResult;
}

export interface DataFilter {
  field: string;
  operator: DataOperator;
  /** For `in`, values separated by `|`; empty with `eq` means "not collected". */
  value: string;
}

/** The one rule for a duration range, used by the schema and by the form before it navigates. */
export function isDurationRangeValid(min: number | undefined, max: number | undefined): boolean {
  return min === undefined || max === undefined || min <= max;
}

/** How many of the "more filters" (duration, evaluation, data collection) are set. */
export function moreFiltersCount(filters: Partial<ConversationFilters>): number {
  return (
    (filters.min_duration !== undefined || filters.max_duration !== undefined ? 1 : 0) +
    (filters.evaluation?.length ?? 0) +
    (filters.data?.length ?? 0)
  );
}

/** The filters of the page after this one: this page's cursor joins the stack "Newer" pops. */
export function olderPage<T extends Partial<ConversationFilters>>(filters: T, next: string): T {
  const prev = filters.cursor ? [...(filters.prev ?? []), filters.cursor].slice(-MAX_PAGE_STACK) : undefined;
  return { ...filters, cursor: next, prev };
}

/** The filters of the page before this one, read from the URL alone (a page opened in a new tab has no history). */
export function newerPage<T extends Partial<ConversationFilters>>(filters: T): T {
  const prev = filters.prev ?? [];
  return { ...filters, cursor: prev.at(-1), prev: prev.length > 1 ? prev.slice(0, -1) : undefined };
}

export function firstPage<T extends Partial<ConversationFilters>>(filters: T): T {
  return { ...filters, cursor: undefined, prev: undefined };
}

/** Whether the filters name calendar days, which depend on the viewer's zone. */
export function hasDayFilter(filters: Partial<ConversationFilters>): boolean {
  return Boolean(filters.from || filters.to);
}

/**
 * What the API needs for one page: the stack only serves the page URL (and would split the cache per
 * path taken). The zone goes along only when days are filtered, so a list without dates has one cache
 * entry (and one server prefetch) whatever the viewer's zone.
 */
export function pageRequest(filters: ConversationFilters, zone: string | undefined): ConversationFilters {
  return { ...filters, prev: undefined, tz: hasDayFilter(filters) ? zone : undefined };
}

/**
 * A value of an `<input type="date">` worth applying while the user types: Chromium reports a valid
 * value after each digit of the year (0002, 0020, 0202, 2026), so a year under 1000 is one still being typed.
 * '' is not applied while typing either: it is also what a half-edited field reads as.
 */
export function isCompleteDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && Number(match[1]) >= 1000 && !Number.isNaN(Date.parse(value));
}

/** The list's URL for the "← Conversations" link of a detail opened from it (`?list=` holds its query). */
export function listHref(list: string | string[] | undefined): string {
  // Re-serialised: whatever the parameter holds stays a query string of this page, never another URL.
  const query = typeof list === 'string' ? new URLSearchParams(list).toString() : '';
  return query ? `/conversations?${query}` : '/conversations';
}

/** One id the agents define for "More filters", with its name and the agents that define it. */
export interface FilterOption {
  id: string;
  /** The criterion's name, or the field's description; null when the agents give none. */
  label: string | null;
  agents: string[];
}

/** The evaluation criteria and data-collection fields the workspace's agents define. */
export interface ConversationFilterOptions {
  criteria: FilterOption[];
  dataFields: FilterOption[];
}

/** A plain object (not null, not an array): what tolerant readers of payloads and agents check first. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * The ids to offer, from the agents' `platform_settings.evaluation.criteria[].id` and the keys of
 * `platform_settings.data_collection` (https://elevenlabs.io/docs/api-reference/agents/get), read
 * tolerantly: an agent without them, or with a shape this does not know, adds nothing. Ids that are
 * not valid filter ids are left out, since the filter would refuse them.
 */
export function filterOptionsFromAgents(agents: Array<{ name?: string | null; agent_id?: string; platform_settings?: unknown }>): ConversationFilterOptions {
  const valid = new RegExp(`^${FIELD_ID_PATTERN}$`);
  const criteria = new Map<string, FilterOption>();
  const dataFields = new Map<string, FilterOption>();
  const add = (into: Map<string, FilterOption>, id: unknown, label: string | null, agent: string) => {
    if (typeof id !== 'string' || !valid.test(id)) return;
    const option = into.get(id) ?? { id, label: null, agents: [] };
    option.label ??= label;
    if (!option.agents.includes(agent)) option.agents.push(agent);
    into.set(id, option);
  };
  for (const agent of agents) {
    const name = text(agent.name) ?? agent.agent_id ?? 'Unnamed agent';
    const settings = isRecord(agent.platform_settings) ? agent.platform_settings : {};
    const evaluation = isRecord(settings.evaluation) ? settings.evaluation : {};
    for (const criterion of Array.isArray(evaluation.criteria) ? evaluation.criteria : []) {
      if (isRecord(criterion)) add(criteria, criterion.id, text(criterion.name), name);
    }
    const collection = isRecord(settings.data_collection) ? settings.data_collection : {};
    for (const [id, field] of Object.entries(collection)) add(dataFields, id, isRecord(field) ? text(field.description) : null, name);
  }
  const sorted = (map: Map<string, FilterOption>) => [...map.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { criteria: sorted(criteria), dataFields: sorted(dataFields) };
}
