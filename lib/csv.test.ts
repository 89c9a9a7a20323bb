import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvRows, toCsv } from './csv';

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=SUM(A1)', `"'=SUM(A1)"`],
    ['-2+3', `"'-2+3"`],
    ['@cmd', `"'@cmd"`],
    // A formula followed by a line break is still a formula to a spreadsheet.
    ['=1+1\nx', `"'=1+1\nx"`],
    ['+cmd\r\nx', `"'+cmd\r\nx"`],
    ['@x\n', `"'@x\n"`],
    ['\t=x', `"'\t=x"`],
    ['=HYPERLINK("http://evil.example","click")\nthanks', `"'=HYPERLINK(""http://evil.example"",""click"")\nthanks"`],
    ['a=b', 'a=b'],
    [null, ''],
    [undefined, ''],
    [{ a: 1 }, '"{""a"":1}"'],
    [42, '42'],
  ])('%j -> %s', (value, cell) => expect(csvRows([[value]])).toBe(`${cell}\r\n`));

  it('joins rows with CRLF and ends the last one too, so streamed chunks concatenate', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
    expect(csvRows([['a'], ['b']]) + csvRows([['c']])).toBe('a\r\nb\r\nc\r\n');
    expect(csvRows([])).toBe('');
  });

  it('reads back to the same cells', () => {
    const rows = [['id', 'message'], ['c1', 'Hello, "world"\nsecond line'], ['c2', '']];
    expect(Papa.parse(toCsv(rows[0]!, rows.slice(1)), { skipEmptyLines: true }).data).toEqual(rows);
  });
});
