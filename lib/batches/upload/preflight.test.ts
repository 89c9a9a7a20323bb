import { describe, expect, it } from 'vitest';
import { type AgentDetail } from '@/lib/agents/model';
import { allowedOverrides, agentPlaceholders } from '@/lib/agents/call-rules';
import type { RecipientTable } from './columns';
import { canSubmit, preflight, type PreflightContext } from './preflight';
import { zoneForNumber } from './time-zones';

/** Shaped as GET /v1/convai/agents/{id} answers (trimmed). */
const agent: AgentDetail = {
  agent_id: 'agent_0001',
  name: 'Appointment reminders',
  conversation_config: {
    agent: {
      first_message: 'Hi {{customer_name}}, this is {{ system__caller_id }} from the clinic.',
      language: 'en',
      prompt: { prompt: 'Remind {{customer_name}} of the appointment on {{appointment_date}}.', llm: 'gemini-2.0-flash' },
    },
    tts: { voice_id: 'voice_1', agent_output_audio_format: 'ulaw_8000' },
  },
  platform_settings: {
    overrides: { conversation_config_override: { agent: { first_message: true, language: false, prompt: { prompt: false } }, tts: { voice_id: true } } },
  },
};

/** 2026-06-01 16:00 UTC: 12:00 in New York, 09:00 in Los Angeles, 17:00 in London, 01:00 in Tokyo. */
const NOON_NEW_YORK = Date.UTC(2026, 5, 1, 16, 0) / 1000;

const context = (extra: Partial<PreflightContext> = {}): PreflightContext => ({
  defaultCountry: 'US',
  placeholders: agentPlaceholders(agent),
  allowedOverrides: allowedOverrides(agent),
  startUnix: NOON_NEW_YORK,
  ...extra,
});

function table(columns: string[], rows: (string | number | null)[][]): RecipientTable {
  return { columns, rows, lines: rows.map((_, i) => i + 2) };
}

const COLUMNS = ['phone_number', 'customer_name', 'appointment_date'];

describe('preflight: one row per problem', () => {
  it.each([
    ['a good US number in national form', ['(212) 555-2671', 'Ada', '2026-06-02'], [], '+12125552671'],
    ['a good number in E.164', ['+442071838750', 'Ada', '2026-06-02'], [], '+442071838750'],
    ['an invalid number', ['12345', 'Ada', '2026-06-02'], ['phone_invalid'], null],
    ['no number', [null, 'Ada', '2026-06-02'], ['phone_invalid'], null],
    ['an empty placeholder', ['+12125552671', 'Ada', null], ['placeholder_empty'], '+12125552671'],
    ['a blank placeholder', ['+12125552671', '  ', '2026-06-02'], ['placeholder_empty'], '+12125552671'],
    ['quiet hours (01:00 in Tokyo)', ['+81312345678', 'Ada', '2026-06-02'], ['quiet_hours'], '+81312345678'],
    ['an unknown time zone (Brazil spans several)', ['+5511987654321', 'Ada', '2026-06-02'], ['unknown_time_zone'], '+5511987654321'],
    ['an area code spanning two zones', ['+18505552671', 'Ada', '2026-06-02'], ['unknown_time_zone'], '+18505552671'],
  ] as const)('%s', (_, row, kinds, e164) => {
    const result = preflight(table(COLUMNS, [[...row]]), context());
    expect(result.rows[0]!.issues.map((issue) => issue.kind)).toEqual(kinds);
    expect(result.rows[0]!.e164).toBe(e164);
  });

  it('names the placeholders a row leaves empty, and a missing column counts as empty', () => {
    const result = preflight(table(['phone_number', 'customer_name'], [['+12125552671', null]]), context());
    expect(result.rows[0]!.issues[0]!.message).toBe('The agent uses {{customer_name}}, {{appointment_date}}; this row leaves them empty.');
  });

  it('names the invalid number', () => {
    const result = preflight(table(COLUMNS, [['12345', 'Ada', 'x']]), context());
    expect(result.rows[0]!.issues[0]!.message).toBe('12345 is not a valid phone number in US.');
  });

  it('finds duplicates after normalising, naming the first line', () => {
    const result = preflight(table(COLUMNS, [['+1 212 555 2671', 'Ada', 'x'], ['(212) 555-2671', 'Bob', 'y'], ['212.555.2671', 'Cy', 'z']]), context());
    expect(result.rows.map((row) => row.issues.map((issue) => issue.kind))).toEqual([[], ['duplicate'], ['duplicate']]);
    expect(result.rows[2]!.issues[0]!.message).toBe('+12125552671 is also on line 2.');
  });

  it('checks quiet hours at the time each row will ring, given the concurrency and call length', () => {
    // Starting 20:30 in New York, 1 call at a time, 20 min each: row 1 at 20:30, row 2 at 20:50, row 3 at 21:10.
    const start = Date.UTC(2026, 5, 2, 0, 30) / 1000;
    const rows = [['+12125552671', 'A', 'x'], ['+12125552672', 'B', 'x'], ['+12125552673', 'C', 'x']];
    const result = preflight(table(COLUMNS, rows), context({ startUnix: start, concurrency: 1, expectedCallSecs: 20 * 60 }));
    expect(result.rows.map((row) => row.issues.map((issue) => issue.kind))).toEqual([[], [], ['quiet_hours']]);
    expect(result.rows[2]!.issues[0]!.message).toBe('Would ring at 21:10 in America/New_York, outside 08:00–21:00.');
  });

  it('lets a batch ring outside quiet hours when the batch says so', () => {
    const result = preflight(table(COLUMNS, [['+81312345678', 'Ada', 'x']]), context({ allowQuietHours: true }));
    expect(result.rows[0]!.issues).toEqual([]);
  });
});

describe('preflight: override columns against the agent', () => {
  it.each([
    ['first_message', true, undefined],
    ['voice_id', true, undefined],
    ['language', false, 'Overrides → Language'],
    ['system_prompt', false, 'Overrides → System prompt'],
  ] as const)('%s: allowed %s', (column, allowed, setting) => {
    const result = preflight(table([...COLUMNS, column], [['+12125552671', 'Ada', 'x', 'value'], ['+12125552672', 'Bob', 'y', null]]), context());
    if (allowed) {
      expect(result.fileIssues).toEqual([]);
      expect(result.counts.errors).toBe(0);
    } else {
      expect(result.fileIssues).toEqual([expect.objectContaining({ kind: 'override_not_allowed', column, message: expect.stringContaining(setting!) })]);
      // Only the row that fills the column is at fault: the empty one sends no override.
      expect(result.rows.map((row) => row.issues.map((issue) => issue.kind))).toEqual([['override_not_allowed'], []]);
    }
  });

  it('does not object to a refused override column left empty throughout', () => {
    const result = preflight(table([...COLUMNS, 'language'], [['+12125552671', 'Ada', 'x', null]]), context());
    expect(result.fileIssues).toEqual([]);
  });
});

describe('preflight: the file as a whole', () => {
  it.each([
    ['no rows', table(COLUMNS, []), 'empty'],
    ['no phone_number column', table(['number', 'customer_name', 'appointment_date'], [['+12125552671', 'A', 'x']]), 'no_phone_column'],
    [
      'more than 10,000 rows',
      table(COLUMNS, Array.from({ length: 10_001 }, (_, i) => [`+1212555${String(i).padStart(4, '0')}`, 'A', 'x'])),
      'too_many_rows',
    ],
  ] as const)('%s', (_, input, kind) => {
    const result = preflight(input, context());
    expect(result.fileIssues.map((issue) => issue.kind)).toContain(kind);
    expect(canSubmit(result)).toBe(false);
  });

  it('counts ready rows, errors and warnings', () => {
    const result = preflight(
      table(COLUMNS, [
        ['+12125552671', 'Ada', 'x'],
        ['nope', 'Bob', 'y'],
        ['+5511987654321', 'Cy', 'z'],
        ['+12125552671', 'Dee', 'w'],
      ]),
      context(),
    );
    expect(result.counts).toEqual({ rows: 4, ready: 2, errors: 2, warnings: 1, byKind: { phone_invalid: 1, unknown_time_zone: 1, duplicate: 1 } });
    expect(canSubmit(result)).toBe(false);
  });

  it('allows a submit when only warnings remain', () => {
    const result = preflight(table(COLUMNS, [['+12125552671', 'Ada', 'x'], ['+5511987654321', 'Cy', 'z']]), context());
    expect(canSubmit(result)).toBe(true);
  });
});

describe('zoneForNumber', () => {
  it.each([
    ['+12125552671', 'US', 'America/New_York'],
    ['+14155552671', 'US', 'America/Los_Angeles'],
    ['+13125552671', 'US', 'America/Chicago'],
    ['+16045552671', 'CA', 'America/Vancouver'],
    ['+14165552671', 'CA', 'America/New_York'],
    ['+442071838750', 'GB', 'Europe/London'],
    ['+61212345678', 'AU', null],
    ['+18505552671', 'US', null],
  ] as const)('%s (%s) → %s', (e164, country, zone) => {
    expect(zoneForNumber(e164, country)).toBe(zone);
  });
});
