import { describe, expect, it } from 'vitest';
import { buildXlsx } from '@/lib/testing/xlsx';
import { excelDateText, fileKind, parseCsvText, parseXlsx, UploadError } from './parse';
import { recipientPayload, typedValue } from './columns';

describe('parseCsvText', () => {
  it.each([
    ['commas', 'phone_number,name\n+14155552671,Ada\n', ['phone_number', 'name'], [['+14155552671', 'Ada']]],
    ['a BOM before the header', '\uFEFFphone_number,name\r\n+14155552671,Ada\r\n', ['phone_number', 'name'], [['+14155552671', 'Ada']]],
    ['semicolons (European Excel)', 'phone_number;name;balance\n+14155552671;Ada;12,50\n', ['phone_number', 'name', 'balance'], [['+14155552671', 'Ada', '12,50']]],
    ['tabs (pasted from a sheet)', 'phone_number\tname\n+14155552671\tAda\n', ['phone_number', 'name'], [['+14155552671', 'Ada']]],
    [
      'quoted fields with commas, quotes and line breaks',
      'phone_number,note\n+14155552671,"Hello, ""friend""\nsecond line"\n',
      ['phone_number', 'note'],
      [['+14155552671', 'Hello, "friend"\nsecond line']],
    ],
    ['blank lines and empty cells', 'phone_number,name\n\n+14155552671,\n\n', ['phone_number', 'name'], [['+14155552671', null]]],
    ['special headers in any case, variables as written', ' Phone_Number ,Language,Customer Name\n+14155552671,en,Ada\n', ['phone_number', 'language', 'Customer Name'], [['+14155552671', 'en', 'Ada']]],
  ])('reads %s', (_, text, columns, rows) => {
    const table = parseCsvText(text);
    expect(table.columns).toEqual(columns);
    expect(table.rows).toEqual(rows);
  });

  it('numbers lines as the file does (header is line 1)', () => {
    expect(parseCsvText('phone_number\n+14155552671\n+14155552672\n').lines).toEqual([2, 3]);
  });

  it.each(['', '\uFEFF', '\n\n  \n'])('refuses an empty file (%j)', (text) => {
    expect(() => parseCsvText(text)).toThrow(UploadError);
  });

  it('reads a header without rows as a table with no rows', () => {
    expect(parseCsvText('phone_number,name\n').rows).toEqual([]);
  });
});

describe('parseXlsx', () => {
  it('reads text, numbers, booleans and Excel dates from the first sheet', async () => {
    const file = buildXlsx([
      ['phone_number', 'name', 'balance', 'vip', 'due', 'zip'],
      ['+14155552671', 'Ada', 12.5, true, new Date(Date.UTC(2026, 0, 15)), '02139'],
      [14155552672, 'Bob', 3, false, new Date(Date.UTC(2026, 1, 1, 14, 30)), null],
    ]);
    const table = await parseXlsx(file);
    expect(table.columns).toEqual(['phone_number', 'name', 'balance', 'vip', 'due', 'zip']);
    expect(table.rows).toEqual([
      ['+14155552671', 'Ada', 12.5, true, '2026-01-15', '02139'],
      [14155552672, 'Bob', 3, false, '2026-02-01T14:30:00Z', null],
    ]);
  });

  it('says a file that is not a workbook cannot be read', async () => {
    await expect(parseXlsx(new TextEncoder().encode('not a zip').buffer as ArrayBuffer)).rejects.toThrow(/could not be read/);
  });
});

describe('fileKind', () => {
  it.each([
    [{ name: 'list.csv', type: 'text/csv', size: 10 }, 'csv'],
    [{ name: 'LIST.XLSX', type: '', size: 10 }, 'xlsx'],
    [{ name: 'pasted.txt', type: 'text/plain', size: 10 }, 'csv'],
  ])('%o is %s', (file, kind) => {
    expect(fileKind(file)).toBe(kind);
  });

  it.each([
    [{ name: 'list.xls', type: 'application/vnd.ms-excel', size: 10 }, /not a CSV or XLSX/],
    [{ name: 'photo.png', type: 'image/png', size: 10 }, /not a CSV or XLSX/],
    [{ name: 'huge.csv', type: 'text/csv', size: 26 * 1024 * 1024 }, /limit is 25 MB/],
    [{ name: 'empty.csv', type: 'text/csv', size: 0 }, /is empty/],
  ])('refuses %o', (file, message) => {
    expect(() => fileKind(file)).toThrow(message);
  });
});

describe('typedValue', () => {
  it.each([
    ['42', 42],
    ['-3.5', -3.5],
    ['0', 0],
    ['007', '007'],
    ['1234567890123456789', '1234567890123456789'],
    ['TRUE', true],
    ['false', false],
    ['  Ada ', 'Ada'],
    ['', null],
    [null, null],
    [12, 12],
    [true, true],
  ] as const)('%j → %j', (cell, value) => {
    expect(typedValue(cell)).toEqual(value);
  });
});

describe('recipientPayload', () => {
  it('types variables, nests overrides and leaves empty cells out', () => {
    const columns = ['phone_number', 'name', 'age', 'vip', 'language', 'system_prompt', 'voice_id', 'first_message', 'note'];
    expect(recipientPayload(columns, ['+1 415 555 2671', 'Ada', '42', 'true', 'fr', 'Be brief', 'v1', null, ''], '+14155552671')).toEqual({
      phone_number: '+14155552671',
      conversation_initiation_client_data: {
        dynamic_variables: { name: 'Ada', age: 42, vip: true },
        conversation_config_override: { agent: { language: 'fr', prompt: { prompt: 'Be brief' } }, tts: { voice_id: 'v1' } },
      },
    });
  });
});

it('writes Excel days as dates and moments as ISO', () => {
  expect(excelDateText(new Date(Date.UTC(2026, 4, 1)))).toBe('2026-05-01');
  expect(excelDateText(new Date(Date.UTC(2026, 4, 1, 8, 5)))).toBe('2026-05-01T08:05:00Z');
});
