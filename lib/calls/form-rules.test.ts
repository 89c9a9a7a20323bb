// The call form's rules and the request it builds: typed variables, only allowed overrides, E.164.
import { describe, expect, it } from 'vitest';
import type { AgentDetail } from '@/lib/agents/model';
import { checkRules } from '@/lib/forms/rules';
import { callFormRules, emptyCallForm, toPlaceCallInput, variableRowsFor, type CallFormValues } from './form-rules';
import { callFiltersFromSearchParams, callFiltersToSearchParams } from './model';

const agent: AgentDetail = {
  agent_id: 'agent_1',
  name: 'Reminder bot',
  conversation_config: { agent: { first_message: 'Hi {{customer_name}}', prompt: { prompt: 'Remind {{customer_name}} of {{appointment_time}}; {{system__time}}' } } },
  platform_settings: { overrides: { conversation_config_override: { agent: { first_message: true } } } },
};

const values = (changes: Partial<CallFormValues>): CallFormValues => ({ ...emptyCallForm(), agent_id: 'agent_1', from_phone_number_id: 'phnum_1', to_number: '+1 415 555 0142', ...changes });

describe('call form', () => {
  it('prefills one row per placeholder, keeping typed values and extra rows with a value', () => {
    expect(variableRowsFor(agent, [])).toEqual([
      { name: 'customer_name', type: 'string', value: '' },
      { name: 'appointment_time', type: 'string', value: '' },
    ]);
    const kept = variableRowsFor(agent, [{ name: 'customer_name', type: 'string', value: 'Ada' }, { name: 'extra', type: 'number', value: '3' }, { name: 'empty', type: 'string', value: '' }]);
    expect(kept.map((row) => [row.name, row.value])).toEqual([['customer_name', 'Ada'], ['appointment_time', ''], ['extra', '3']]);
  });

  it.each([
    [{ to_number: '4155550142' }, 'to_number'],
    [{ to_number: '+1 415' }, 'to_number'],
    [{ agent_id: '' }, 'agent_id'],
    [{ from_phone_number_id: '' }, 'from_phone_number_id'],
    [{ variables: [{ name: 'n', type: 'number' as const, value: 'abc' }] }, 'variables'],
    [{ variables: [{ name: 'a b', type: 'string' as const, value: '' }] }, 'variables'],
    [{ ringing_timeout_secs: '0' }, 'ringing_timeout_secs'],
  ])('refuses %j on %s', (changes, field) => {
    expect(checkRules(callFormRules, values(changes)).map((issue) => issue.field)).toEqual([field]);
  });

  it('reads a national number in the chosen country', () => {
    expect(checkRules(callFormRules, values({ country: 'US', to_number: '(415) 555-0142' }))).toEqual([]);
    expect(toPlaceCallInput(values({ country: 'US', to_number: '(415) 555-0142' }), 'key-12345', agent, false).to_number).toBe('+14155550142');
  });

  it('sends typed variables, only the overrides the agent allows, and Twilio options for a Twilio number only', () => {
    const form = values({
      variables: [
        { name: 'customer_name', type: 'string', value: 'Ada' },
        { name: 'visits', type: 'number', value: '3' },
        { name: 'vip', type: 'boolean', value: 'false' },
        { name: 'unset', type: 'string', value: '' },
      ],
      overrides: { first_message: ' Hello ', language: 'de', system_prompt: '', voice_id: '' },
      record: true,
      ringing_timeout_secs: '30',
    });
    expect(toPlaceCallInput(form, 'key-12345', agent, true)).toEqual({
      idempotency_key: 'key-12345',
      agent_id: 'agent_1',
      from_phone_number_id: 'phnum_1',
      to_number: '+14155550142',
      dynamic_variables: { customer_name: 'Ada', visits: 3, vip: false },
      overrides: { first_message: 'Hello' },
      twilio: { record: true, machine_detection: false, ringing_timeout_secs: 30 },
    });
    expect(toPlaceCallInput(form, 'key-12345', agent, false).twilio).toBeUndefined();
  });

  it('filters round-trip through the URL, and junk is dropped', () => {
    const filters = { agent_id: 'agent_1', outcome: 'placed' as const, date_from: '2026-01-01' };
    expect(callFiltersFromSearchParams(Object.fromEntries(callFiltersToSearchParams(filters)))).toEqual({ ...filters, from_phone_number_id: undefined, date_to: undefined });
    expect(callFiltersFromSearchParams({ outcome: 'maybe', date_to: 'yesterday', agent_id: '<x>' })).toEqual({
      agent_id: undefined,
      from_phone_number_id: undefined,
      outcome: undefined,
      date_from: undefined,
      date_to: undefined,
    });
  });
});
