// What each column of a recipients file means, as ElevenLabs' batch calling reads it
// (https://elevenlabs.io/docs/agents-platform/phone-numbers/batch-calls): `phone_number` is required,
// `language`, `first_message`, `system_prompt` and `voice_id` are overrides, every other column is a
// dynamic variable. Pure and browser-safe: the parsing worker, the page and the server share it.
import { OVERRIDE_FIELDS, OVERRIDE_PATH, type OverrideField } from '@/lib/agents/call-rules';

export const PHONE_COLUMN = 'phone_number';
export const MAX_RECIPIENTS = 10_000;
/** The largest file the page reads (the browser holds it whole while parsing). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** One cell as parsed: CSV gives text, XLSX numbers and booleans too; null is an empty cell. */
export type Cell = string | number | boolean | null;

/** A recipients table: the header row, then one array of cells per row, aligned with it. */
export interface RecipientTable {
  columns: string[];
  rows: Cell[][];
  /** The row's line in the source file (1 is the header), kept through edits and drops. */
  lines: number[];
}

export type ColumnKind = { kind: 'phone' } | { kind: 'override'; field: OverrideField } | { kind: 'variable' };

export function isOverrideField(name: string): name is OverrideField {
  return (OVERRIDE_FIELDS as readonly string[]).includes(name);
}

/** Header names compare trimmed and case-insensitively for the special columns; variables keep their case. */
export function normaliseHeader(name: string): string {
  const trimmed = name.replace(/^\uFEFF/, '').trim();
  const lower = trimmed.toLowerCase();
  return lower === PHONE_COLUMN || isOverrideField(lower) ? lower : trimmed;
}

export function columnKind(name: string): ColumnKind {
  if (name === PHONE_COLUMN) return { kind: 'phone' };
  if (isOverrideField(name)) return { kind: 'override', field: name };
  return { kind: 'variable' };
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * A dynamic variable as its type: `42` and `3.5` are numbers, `true`/`false` booleans, anything else
 * text. `007` and numbers beyond 15 digits stay text (a zip code or an account number keeps its digits).
 */
export function typedValue(cell: Cell): string | number | boolean | null {
  if (cell === null) return null;
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  if (!text) return null;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (NUMBER.test(text) && text.replace(/[-.]/g, '').length <= 15) return Number(text);
  return text;
}

/** A cell as the table shows and edits it. */
export function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell);
}

export function isEmptyCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export interface RecipientPayload {
  phone_number: string;
  conversation_initiation_client_data: {
    dynamic_variables: Record<string, string | number | boolean>;
    conversation_config_override?: Record<string, unknown>;
  };
}

/** One row as the batch endpoint takes it: empty cells are left out, overrides nested where they go. */
export function recipientPayload(columns: readonly string[], row: readonly Cell[], e164: string): RecipientPayload {
  const dynamic_variables: Record<string, string | number | boolean> = {};
  let override: Record<string, unknown> | undefined;
  columns.forEach((column, index) => {
    const kind = columnKind(column);
    const value = typedValue(row[index] ?? null);
    if (kind.kind === 'phone' || value === null) return;
    if (kind.kind === 'variable') {
      dynamic_variables[column] = value;
      return;
    }
    override ??= {};
    let node = override;
    const path = OVERRIDE_PATH[kind.field];
    path.slice(0, -1).forEach((step) => {
      node[step] ??= {};
      node = node[step] as Record<string, unknown>;
    });
    node[path[path.length - 1]!] = String(value);
  });
  return {
    phone_number: e164,
    conversation_initiation_client_data: override ? { dynamic_variables, conversation_config_override: override } : { dynamic_variables },
  };
}
