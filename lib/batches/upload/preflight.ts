// Pre-flight: every problem a batch would meet, found per row and in total before anything is sent.
// Pure (runs in the parsing worker, in tests and, for the rules that apply there, on the server).
import { OVERRIDE_SETTING_LABEL, type AllowedOverrides, type OverrideField } from '@/lib/agents/call-rules';
import { parsePhone, type CountryCode } from '@/lib/phone/model';
import { columnKind, isEmptyCell, MAX_RECIPIENTS, PHONE_COLUMN, type RecipientTable } from './columns';
import { isQuietTime, localTime, QUIET_HOURS, zoneForNumber } from './time-zones';

export type RowIssueKind = 'phone_invalid' | 'duplicate' | 'placeholder_empty' | 'override_not_allowed' | 'quiet_hours' | 'unknown_time_zone';

export interface RowIssue {
  kind: RowIssueKind;
  /** The column to fix, where one is at fault. */
  column?: string;
  message: string;
  /** Errors block the submit until fixed or dropped; warnings are shown and sent anyway. */
  severity: 'error' | 'warning';
}

export type FileIssueKind = 'empty' | 'no_phone_column' | 'too_many_rows' | 'override_not_allowed';

export interface FileIssue {
  kind: FileIssueKind;
  column?: string;
  message: string;
}

export interface RowResult {
  e164: string | null;
  zone: string | null;
  issues: RowIssue[];
}

export interface PreflightContext {
  defaultCountry?: CountryCode;
  /** The agent's `{{placeholders}}` (system prompt and first message). */
  placeholders: readonly string[];
  allowedOverrides: AllowedOverrides;
  /** When the first call may ring (the scheduled time, or now). */
  startUnix: number;
  /** Calls at once and the expected length of each, to tell when row n rings; 1 and 0 check every row at the start. */
  concurrency?: number;
  expectedCallSecs?: number;
  /** The batch is allowed to ring outside 08:00–21:00 local time. */
  allowQuietHours?: boolean;
}

export interface PreflightResult {
  fileIssues: FileIssue[];
  rows: RowResult[];
  counts: { rows: number; ready: number; errors: number; warnings: number; byKind: Partial<Record<RowIssueKind, number>> };
}

export function preflight(table: RecipientTable, context: PreflightContext): PreflightResult {
  const fileIssues: FileIssue[] = [];
  const { columns, rows } = table;
  const phoneIndex = columns.indexOf(PHONE_COLUMN);
  if (rows.length === 0) fileIssues.push({ kind: 'empty', message: 'The file has no recipients: add a header row and at least one row.' });
  if (columns.length > 0 && phoneIndex < 0) {
    fileIssues.push({ kind: 'no_phone_column', column: PHONE_COLUMN, message: 'The file needs a phone_number column.' });
  }
  if (rows.length > MAX_RECIPIENTS) {
    fileIssues.push({
      kind: 'too_many_rows',
      message: `${rows.length.toLocaleString('en-US')} rows: a batch takes at most ${MAX_RECIPIENTS.toLocaleString('en-US')} recipients. Split the file or drop rows.`,
    });
  }

  const refused: Array<{ index: number; field: OverrideField }> = [];
  columns.forEach((column, index) => {
    const kind = columnKind(column);
    if (kind.kind === 'override' && !context.allowedOverrides[kind.field]) refused.push({ index, field: kind.field });
  });
  for (const { index, field } of refused) {
    if (rows.some((row) => !isEmptyCell(row[index] ?? null))) {
      fileIssues.push({
        kind: 'override_not_allowed',
        column: field,
        message: `The agent does not allow overriding ${field}: turn on "${OVERRIDE_SETTING_LABEL[field]}" in the agent's settings, or remove the column.`,
      });
    }
  }

  const placeholderIndex = context.placeholders.map((name) => ({ name, index: columns.indexOf(name) }));
  const concurrency = Math.max(1, context.concurrency ?? 1);
  const spacing = context.expectedCallSecs ?? 0;
  const firstSeen = new Map<string, number>();
  const byKind: Partial<Record<RowIssueKind, number>> = {};
  let ready = 0;
  let errors = 0;
  let warnings = 0;

  const results = rows.map((row, rowIndex): RowResult => {
    const issues: RowIssue[] = [];
    let e164: string | null = null;
    let zone: string | null = null;
    if (phoneIndex >= 0) {
      const raw = row[phoneIndex];
      const parsed = parsePhone(raw === null || raw === undefined ? '' : String(raw), context.defaultCountry);
      if (!parsed.ok) {
        issues.push({ kind: 'phone_invalid', column: PHONE_COLUMN, severity: 'error', message: parsed.reason === 'empty' ? 'No phone number.' : parsed.message });
      } else {
        e164 = parsed.e164;
        const first = firstSeen.get(e164);
        if (first !== undefined) {
          issues.push({ kind: 'duplicate', column: PHONE_COLUMN, severity: 'error', message: `${e164} is also on line ${table.lines[first]}.` });
        } else firstSeen.set(e164, rowIndex);
        zone = zoneForNumber(e164, parsed.country);
        if (!zone) {
          issues.push({ kind: 'unknown_time_zone', column: PHONE_COLUMN, severity: 'warning', message: `Time zone unknown for ${e164}: quiet hours cannot be checked.` });
        } else if (!context.allowQuietHours) {
          const ringsAt = context.startUnix + Math.floor(rowIndex / concurrency) * spacing;
          const local = localTime(ringsAt, zone);
          if (isQuietTime(local.minutes)) {
            issues.push({
              kind: 'quiet_hours',
              column: PHONE_COLUMN,
              severity: 'error',
              message: `Would ring at ${local.text} in ${zone}, outside ${QUIET_HOURS.label}.`,
            });
          }
        }
      }
    }
    const empty = placeholderIndex.filter(({ index }) => index < 0 || isEmptyCell(row[index] ?? null)).map(({ name }) => name);
    if (empty.length) {
      issues.push({
        kind: 'placeholder_empty',
        column: empty.find((name) => columns.includes(name)),
        severity: 'error',
        message: `The agent uses ${empty.map((name) => `{{${name}}}`).join(', ')}; this row leaves ${empty.length === 1 ? 'it' : 'them'} empty.`,
      });
    }
    for (const { index, field } of refused) {
      if (!isEmptyCell(row[index] ?? null)) {
        issues.push({ kind: 'override_not_allowed', column: field, severity: 'error', message: `Overriding ${field} needs "${OVERRIDE_SETTING_LABEL[field]}" on the agent.` });
      }
    }
    for (const issue of issues) byKind[issue.kind] = (byKind[issue.kind] ?? 0) + 1;
    if (issues.some((issue) => issue.severity === 'error')) errors++;
    else {
      ready++;
      if (issues.length) warnings++;
    }
    return { e164, zone, issues };
  });

  return { fileIssues, rows: results, counts: { rows: rows.length, ready, errors, warnings, byKind } };
}

/** Whether the batch may be submitted: no file issue, no row with an error. */
export function canSubmit(result: PreflightResult): boolean {
  return result.fileIssues.length === 0 && result.counts.errors === 0 && result.counts.rows > 0;
}
