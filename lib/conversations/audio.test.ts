import { describe, expect, it } from 'vitest';
import { parseRange, rangeResponse } from './audio';

describe('parseRange', () => {
  it.each([
    ['bytes=0-99', 1000, { start: 0, end: 99 }],
    ['bytes=500-599', 1000, { start: 500, end: 599 }],
    ['bytes=900-', 1000, { start: 900, end: 999 }],
    ['bytes=-100', 1000, { start: 900, end: 999 }],
    ['bytes=-5000', 1000, { start: 0, end: 999 }],
    ['bytes=990-2000', 1000, { start: 990, end: 999 }],
    ['bytes=1000-', 1000, 'unsatisfiable'],
    ['bytes=5-2', 1000, 'unsatisfiable'],
    ['bytes=-0', 1000, 'unsatisfiable'],
    [null, 1000, null],
    ['bytes=0-1,5-9', 1000, null],
    ['items=0-1', 1000, null],
    ['bytes=-', 1000, null],
  ])('%s of %i bytes -> %j', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});

describe('rangeResponse', () => {
  const bytes = new Uint8Array(Array.from({ length: 1000 }, (_, i) => i % 256)).buffer;

  it('serves the first bytes with 206 and Content-Range', async () => {
    const response = rangeResponse(bytes, 'bytes=0-9', 'kv');
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 0-9/1000');
    expect(response.headers.get('content-length')).toBe('10');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('cache-control')).toContain('private');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('serves a middle slice and a suffix', async () => {
    expect([...new Uint8Array(await rangeResponse(bytes, 'bytes=300-302', 'kv').arrayBuffer())]).toEqual([44, 45, 46]);
    const suffix = rangeResponse(bytes, 'bytes=-2', 'kv');
    expect(suffix.headers.get('content-range')).toBe('bytes 998-999/1000');
  });

  it('answers 416 with the size when unsatisfiable', () => {
    const response = rangeResponse(bytes, 'bytes=5000-', 'kv');
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
  });

  it('serves everything without a range', () => {
    const response = rangeResponse(bytes, null, 'kv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('1000');
  });
});
