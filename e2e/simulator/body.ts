// Request bodies checked with the official SDK's own request schemas (its `serialization` namespace,
// the Fern runtime the SDK serializes with), answered as FastAPI/pydantic answer: 422 with
// `{detail: [{type, loc: ['body', ...], msg, input}]}`, fields in declaration order.
//
// Unknown keys are refused, as a pydantic model with extra="forbid" would: a misspelt field is a
// bug in the caller, and the simulator should say so rather than silently ignore it. The exception
// is agent configuration (conversation_config, platform_settings, workflow, and the config
// overrides in conversation_initiation_client_data): the real API adds fields there every month
// and keeps what it does not know, so an SDK older than the API must not make the simulator refuse
// what the API accepts. Those subtrees are still type-checked where the SDK knows the field.
// The file, not the folder: Node's ESM loader (the simulator under tsx) refuses directory imports.
import * as sdk from '@elevenlabs/elevenlabs-js/serialization/index.js';
import type { Context } from 'hono';
import { validationError, type ValidationItem } from './errors';
import { E164 } from './validation';

/** Just what this file needs of a Fern object schema; every request schema in the SDK has it. */
export interface RequestSchema {
  parse: (raw: unknown, opts?: { unrecognizedObjectKeys?: 'fail' | 'passthrough' | 'strip' }) => { ok: true } | { ok: false; errors: { path: string[]; message: string }[] };
  _getRawProperties: () => PropertyKey[];
}

/** A path in the body; '*' stands for any list index. */
export type OpenPath = (string | '*')[];

export interface BodyRules {
  /** Subtrees whose unknown keys are kept, not refused. */
  open?: OpenPath[];
  /** The simulator's own checks beyond the SDK's types (E.164 numbers, list bounds). */
  refine?: (body: Record<string, unknown>) => ValidationItem[];
  /** A request with no body at all stands for `{}` (endpoints whose every field is optional). */
  emptyIsObject?: boolean;
}

type Loc = (string | number)[];

/** The SDK types these as plain schemas; they are object schemas underneath, which the order of errors needs. */
function asRequest(schema: { getType: () => string }): RequestSchema {
  if (schema.getType() !== 'object' || !('_getRawProperties' in schema)) throw new Error('expected an SDK object schema');
  return schema as unknown as RequestSchema;
}

const ai = sdk.conversationalAi;
export const REQUEST_SCHEMAS = {
  createAgent: asRequest(ai.BodyCreateAgentV1ConvaiAgentsCreatePost),
  updateAgent: asRequest(ai.UpdateAgentRequest),
  duplicateAgent: asRequest(ai.BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost),
  twilioOutboundCall: asRequest(ai.BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost),
  sipTrunkOutboundCall: asRequest(ai.BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost),
  submitBatch: asRequest(ai.BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost),
  updatePhoneNumber: asRequest(ai.UpdatePhoneNumberRequest),
};

export const AGENT_CONFIG: OpenPath[] = [['conversation_config'], ['platform_settings'], ['workflow']];
export const CLIENT_DATA_OVERRIDES: OpenPath[] = [['conversation_initiation_client_data', 'conversation_config_override']];

export function e164(loc: Loc, value: unknown): ValidationItem[] {
  return typeof value === 'string' && !E164.test(value) ? [{ type: 'value_error', loc: ['body', ...loc], msg: 'Value error, phone number must be in E.164 format', input: value }] : [];
}

export async function readBody(c: Context, schema: RequestSchema, rules: BodyRules = {}): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  const text = await c.req.text();
  let body: unknown;
  if (text.trim() === '' && rules.emptyIsObject) body = {};
  else {
    try {
      body = JSON.parse(text);
    } catch {
      return { ok: false, response: validationError(c, [{ type: 'json_invalid', loc: ['body'], msg: 'JSON decode error', input: {} }]) };
    }
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, response: validationError(c, [{ type: 'dict_type', loc: ['body'], msg: 'Input should be a valid dictionary', input: body }]) };
  }
  const record = body as Record<string, unknown>;
  const items = checkBody(schema, record, rules.open ?? []);
  const taken = new Set(items.map((item) => JSON.stringify(item.loc)));
  for (const item of rules.refine?.(record) ?? []) {
    if (!taken.has(JSON.stringify(item.loc))) items.push(item);
  }
  if (items.length === 0) return { ok: true, body: record };
  return { ok: false, response: validationError(c, inFieldOrder(items, schema)) };
}

/** The SDK's verdict on a body as pydantic-style items, `loc` without the leading 'body'. */
export function checkBody(schema: RequestSchema, body: Record<string, unknown>, open: OpenPath[]): ValidationItem[] {
  const typed = schema.parse(body, { unrecognizedObjectKeys: 'passthrough' });
  const strict = schema.parse(body, { unrecognizedObjectKeys: 'fail' });
  const items: ValidationItem[] = [];
  for (const error of typed.ok ? [] : typed.errors) {
    items.push(toItem(error, body, schema));
  }
  // Only the strict pass's unknown-key errors are new; its other errors repeat the first pass's.
  for (const error of strict.ok ? [] : strict.errors) {
    if (!error.message.startsWith('Unexpected key')) continue;
    const loc = toLoc(error.path);
    if (open.some((pattern) => under(loc, pattern))) continue;
    items.push({ type: 'extra_forbidden', loc: ['body', ...loc], msg: 'Extra inputs are not permitted', input: valueAt(body, loc) });
  }
  return items;
}

const TYPE_ERRORS: [RegExp, string, string][] = [
  [/^Expected string\./, 'string_type', 'Input should be a valid string'],
  [/^Expected number\./, 'float_type', 'Input should be a valid number'],
  [/^Expected boolean\./, 'bool_type', 'Input should be a valid boolean'],
  [/^Expected list\./, 'list_type', 'Input should be a valid list'],
  [/^Expected object\./, 'dict_type', 'Input should be a valid dictionary'],
  [/^Expected enum\./, 'enum', 'Input should be one of the allowed values'],
];

function toItem(error: { path: string[]; message: string }, body: Record<string, unknown>, schema: RequestSchema): ValidationItem {
  let loc = toLoc(error.path);
  const missing = /^Missing required key "(.+)"$/.exec(error.message);
  if (missing) return { type: 'missing', loc: ['body', ...loc, missing[1]!], msg: 'Field required', input: valueAt(body, loc) };
  // The SDK's list schema reports a non-list with an empty path; find the top-level field it came from.
  if (loc.length === 0 && error.message.startsWith('Expected list.')) loc = locateListError(schema, body);
  const known = TYPE_ERRORS.find(([pattern]) => pattern.test(error.message));
  const [type, msg] = known ? [known[1], known[2]] : ['value_error', `Value error, ${error.message}`];
  return { type, loc: ['body', ...loc], msg, input: valueAt(body, loc) };
}

function locateListError(schema: RequestSchema, body: Record<string, unknown>): Loc {
  const count = (candidate: Record<string, unknown>) => {
    const result = schema.parse(candidate, { unrecognizedObjectKeys: 'passthrough' });
    return result.ok ? 0 : result.errors.filter((e) => e.path.length === 0 && e.message.startsWith('Expected list.')).length;
  };
  const all = count(body);
  for (const key of Object.keys(body)) {
    const { [key]: _dropped, ...rest } = body;
    if (count(rest) < all) return [key];
  }
  return [];
}

function toLoc(path: string[]): Loc {
  return path.map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
}

function under(loc: Loc, pattern: OpenPath): boolean {
  return pattern.length <= loc.length && pattern.every((part, index) => part === '*' ? typeof loc[index] === 'number' : part === loc[index]);
}

function valueAt(body: unknown, loc: Loc): unknown {
  let value = body;
  for (const part of loc) value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined;
  return value;
}

/** pydantic reports in the model's field order, unknown fields last. */
function inFieldOrder(items: ValidationItem[], schema: RequestSchema): ValidationItem[] {
  const order = schema._getRawProperties().map(String);
  const rank = (item: ValidationItem) => {
    const index = order.indexOf(String(item.loc[1]));
    return index < 0 ? order.length : index;
  };
  return items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index).map(({ item }) => item);
}
