// The outbound-call form's values, rules and the request they become (no zod: the browser loads this
// with the form). The server checks the same things again in schemas.ts and service.ts.
import type { FormRules } from '@/lib/forms/rules';
import { type AgentDetail } from '@/lib/agents/model';
import { allowedOverrides, agentPlaceholders, OVERRIDE_FIELDS, type OverrideField } from '@/lib/agents/call-rules';
import { parsePhone, type CountryCode } from '@/lib/phone/model';
import { MAX_RINGING_TIMEOUT_SECS, type DynamicValue, type PlaceCallInput } from './model';

export const VARIABLE_TYPES = ['string', 'number', 'boolean'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export interface VariableRow {
  name: string;
  type: VariableType;
  value: string;
}

export interface CallFormValues {
  agent_id: string;
  from_phone_number_id: string;
  /** The country a number typed without +… is read in ('' = none). */
  country: string;
  to_number: string;
  variables: VariableRow[];
  overrides: Record<OverrideField, string>;
  record: boolean;
  ringing_timeout_secs: string;
  machine_detection: boolean;
}

export const EMPTY_OVERRIDES: Record<OverrideField, string> = { language: '', first_message: '', system_prompt: '', voice_id: '' };

export function emptyCallForm(): CallFormValues {
  return { agent_id: '', from_phone_number_id: '', country: '', to_number: '', variables: [], overrides: { ...EMPTY_OVERRIDES }, record: false, ringing_timeout_secs: '', machine_detection: false };
}

/** One row per `{{placeholder}}` the agent uses, kept where the person already typed a value. */
export function variableRowsFor(agent: Pick<AgentDetail, 'conversation_config'>, current: VariableRow[]): VariableRow[] {
  const byName = new Map(current.map((row) => [row.name, row]));
  const rows = agentPlaceholders(agent).map((name) => byName.get(name) ?? { name, type: 'string' as const, value: '' });
  const extra = current.filter((row) => row.name && !rows.some((r) => r.name === row.name) && row.value !== '');
  return [...rows, ...extra];
}

const VARIABLE_NAME = /^[A-Za-z_][\w.-]{0,63}$/;

export function variableValue(row: VariableRow): DynamicValue | undefined {
  // The boolean select shows "true" first, so an untouched one means true.
  if (row.type === 'boolean') return row.value !== 'false';
  if (row.type === 'number') {
    const number = Number(row.value);
    return row.value.trim() !== '' && Number.isFinite(number) ? number : undefined;
  }
  return row.value;
}

function variablesProblem(rows: VariableRow[]): string | undefined {
  const names = new Set<string>();
  for (const row of rows) {
    if (!VARIABLE_NAME.test(row.name)) return `"${row.name}" is not a variable name (letters, digits, _ . -)`;
    if (names.has(row.name)) return `${row.name} appears twice`;
    names.add(row.name);
    if (row.type === 'number' && variableValue(row) === undefined) return `${row.name} must be a number`;
  }
  return undefined;
}

export const callFormRules: FormRules<CallFormValues> = {
  agent_id: (value) => (value ? undefined : 'Choose an agent'),
  from_phone_number_id: (value) => (value ? undefined : 'Choose the number to call from'),
  to_number: (value, values) => {
    const parsed = parsePhone(value, (values.country || undefined) as CountryCode | undefined);
    return parsed.ok ? undefined : parsed.message;
  },
  variables: (rows) => variablesProblem(rows),
  ringing_timeout_secs: (value) => {
    if (!value.trim()) return undefined;
    const secs = Number(value);
    return Number.isInteger(secs) && secs >= 1 && secs <= MAX_RINGING_TIMEOUT_SECS ? undefined : `Between 1 and ${MAX_RINGING_TIMEOUT_SECS} seconds`;
  },
};

/** The request the form sends: only the overrides the agent allows and that were filled in, the number in E.164. */
export function toPlaceCallInput(values: CallFormValues, key: string, agent: AgentDetail | undefined, twilio: boolean): PlaceCallInput {
  const parsed = parsePhone(values.to_number, (values.country || undefined) as CountryCode | undefined);
  const allowed = agent ? allowedOverrides(agent) : null;
  const overrides = Object.fromEntries(OVERRIDE_FIELDS.filter((field) => allowed?.[field] && values.overrides[field].trim()).map((field) => [field, values.overrides[field].trim()]));
  const variables = Object.fromEntries(values.variables.map((row) => [row.name, variableValue(row)]).filter(([, value]) => value !== undefined && value !== ''));
  const ringing = values.ringing_timeout_secs.trim() ? Number(values.ringing_timeout_secs) : undefined;
  return {
    idempotency_key: key,
    agent_id: values.agent_id,
    from_phone_number_id: values.from_phone_number_id,
    to_number: parsed.ok ? parsed.e164 : values.to_number,
    ...(Object.keys(variables).length ? { dynamic_variables: variables as Record<string, DynamicValue> } : {}),
    ...(Object.keys(overrides).length ? { overrides } : {}),
    ...(twilio
      ? { twilio: { record: values.record, machine_detection: values.machine_detection, ...(ringing !== undefined ? { ringing_timeout_secs: ringing } : {}) } }
      : {}),
  };
}
