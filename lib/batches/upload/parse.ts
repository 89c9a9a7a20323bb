// Reading a recipients file: CSV (papaparse: quoted fields, a BOM, `;` or tab delimiters as spreadsheet
// exports in many locales write them) or XLSX (read-excel-file: numbers and booleans as such, dates
// from Excel's serial numbers), or rows pasted from a spreadsheet. Runs in the parsing worker.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { MAX_UPLOAD_BYTES, normaliseHeader, type Cell, type RecipientTable } from './columns';

export type FileKind = 'csv' | 'xlsx';

export class UploadError extends Error {
  constructor(
    readonly kind: 'not_supported' | 'too_large' | 'empty' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** Which reader a file needs, from its name and type; anything else is refused before it is read. */
export function fileKind(file: { name: string; type: string; size: number }): FileKind {
  const name = file.name.toLowerCase();
  const kind: FileKind | null =
    name.endsWith('.csv') || name.endsWith('.tsv') || name.endsWith('.txt') || file.type === 'text/csv'
      ? 'csv'
      : name.endsWith('.xlsx') || file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        ? 'xlsx'
        : null;
  if (!kind) {
    throw new UploadError('not_supported', `${file.name} is not a CSV or XLSX file. Save the sheet as CSV (UTF-8) or Excel workbook (.xlsx) and upload that.`);
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new UploadError('too_large', `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  }
  if (file.size === 0) throw new UploadError('empty', `${file.name} is empty.`);
  return kind;
}

function toTable(grid: Cell[][]): RecipientTable {
  const nonEmpty = grid.filter((row) => row.some((cell) => cell !== null && cell !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw new UploadError('empty', 'The file is empty: it needs a header row (with phone_number) and one row per recipient.');
  const columns = header.map((cell, index) => normaliseHeader(cell === null ? `column_${index + 1}` : String(cell)));
  // Source lines counted among non-empty rows; the header is line 1.
  return {
    columns,
    rows: rows.map((row) => columns.map((_, index) => row[index] ?? null)),
    lines: rows.map((_, index) => index + 2),
  };
}

/** CSV text (or rows pasted from a spreadsheet, tab-separated) into a table of text cells. */
export function parseCsvText(text: string): RecipientTable {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new UploadError('empty', 'The file is empty: it needs a header row (with phone_number) and one row per recipient.');
  const result = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  if (result.data.length === 0) throw new UploadError('unreadable', 'No rows could be read from the file.');
  return toTable(result.data.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell.trim()))));
}

/** A date cell as text: a calendar day as YYYY-MM-DD, a moment with its time as ISO 8601 (UTC, as Excel stores no zone). */
export function excelDateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** The first sheet of an XLSX workbook. */
export async function parseXlsx(input: ArrayBuffer | Blob): Promise<RecipientTable> {
  let grid: unknown[][];
  try {
    grid = (await readSheet(input)) as unknown[][];
  } catch (error) {
    throw new UploadError('unreadable', `The workbook could not be read${error instanceof Error ? ` (${error.message})` : ''}. Save it again as .xlsx or as CSV.`);
  }
  return toTable(
    grid.map((row) =>
      row.map((cell): Cell => {
        if (cell === null || cell === undefined) return null;
        if (cell instanceof Date) return excelDateText(cell);
        if (typeof cell === 'string') return cell.trim() === '' ? null : cell.trim();
        if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
        return String(cell);
      }),
    ),
  );
}

/** A chosen file into a table, after the type and size checks. */
export async function parseFile(file: File): Promise<RecipientTable> {
  const kind = fileKind(file);
  return kind === 'csv' ? parseCsvText(await file.text()) : parseXlsx(await file.arrayBuffer());
}
