// CSV out of the dashboard (conversation list export, transcript download), written by papaparse.
import Papa from 'papaparse';

/** Objects and arrays go in as JSON, so a cell never reads "[object Object]". */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Cells that a spreadsheet would run as a formula (first character =, +, -, @, tab or CR; OWASP's
 * "CSV Injection" list). The first character alone decides: papaparse's default pattern ends in
 * `.*$` without the `s` flag, so a formula followed by a line break got through unescaped.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 rows, each ending in CRLF, so chunks of a streamed file can be concatenated. Formula cells
 * get a leading apostrophe (and quotes).
 */
export function csvRows(rows: readonly (readonly unknown[])[]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows.map((row) => row.map(cellText)), { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return csvRows([header, ...rows]);
}
