// CSV out of the dashboard (conversation list export, transcript download), written by papaparse.
import Papa from 'papaparse';

/** Objects and arrays go in as JSON, so a cell never reads "[object Object]". */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * RFC 4180 rows, each ending in CRLF, so chunks of a streamed file can be concatenated. Cells that a
 * spreadsheet would run as a formula (leading =, +, -, @, tab, CR) get a leading apostrophe.
 */
export function csvRows(rows: readonly (readonly unknown[])[]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows.map((row) => row.map(cellText)), { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return csvRows([header, ...rows]);
}
