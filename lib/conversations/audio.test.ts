import { describe, expect, it } from 'vitest';
import { answerIgnoredRange, MAX_STORED_AUDIO_BYTES, parseRange, rangeResponse, sliceStream, streamedRangeResponse } from './audio';

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

/**
 * A recording of `size` bytes (byte i is i % 256) produced `chunk` bytes per read, only when read,
 * recording how much was produced and whether the reader cancelled.
 */
function recording(size: number, chunk: number) {
  const pattern = Uint8Array.from({ length: chunk + 256 }, (_, i) => i % 256);
  const state = { produced: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.produced >= size) return controller.close();
        const length = Math.min(chunk, size - state.produced);
        const from = state.produced % 256;
        controller.enqueue(pattern.slice(from, from + length));
        state.produced += length;
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

const expectedBytes = (start: number, end: number) => Array.from({ length: end - start + 1 }, (_, i) => (start + i) % 256);
const MiB = 1024 * 1024;

describe('sliceStream', () => {
  it.each([
    [0, 9, 7],
    [5, 5, 7],
    [95, 205, 100],
    [990, 999, 7],
    [0, 999, 100],
    [100, 199, 100],
  ])('bytes %i-%i of 1000 read in chunks of %i', async (start, end, chunk) => {
    const { stream, state } = recording(1000, chunk);
    const sliced = await new Response(sliceStream(stream, { start, end })).arrayBuffer();
    expect([...new Uint8Array(sliced)]).toEqual(expectedBytes(start, end));
    // Reads stop at the range's end: nothing after the chunk holding it is produced.
    expect(state.produced).toBeLessThanOrEqual(Math.min(1000, (Math.floor(end / chunk) + 1) * chunk));
    if (end < 999 && state.produced < 1000) expect(state.cancelled).toBe(true);
  });
});

describe('streamedRangeResponse', () => {
  it('answers a range with 206 and only its bytes', async () => {
    const { stream } = recording(1000, 64);
    const response = streamedRangeResponse(stream, 1000, 'bytes=300-302', 'kv');
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 300-302/1000');
    expect(response.headers.get('content-length')).toBe('3');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([44, 45, 46]);
  });

  it('answers 416 and cancels the stream it will not send', () => {
    const { stream, state } = recording(1000, 64);
    const response = streamedRangeResponse(stream, 1000, 'bytes=5000-', 'kv');
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
    expect(state.cancelled).toBe(true);
  });

  it('streams everything without a range', async () => {
    const { stream } = recording(1000, 64);
    const response = streamedRangeResponse(stream, 1000, null, 'kv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('1000');
    expect((await response.arrayBuffer()).byteLength).toBe(1000);
  });
});

describe('answerIgnoredRange (the upstream sent the whole recording with 200)', () => {
  const upstream = (stream: ReadableStream<Uint8Array>, size?: number) =>
    new Response(stream, { status: 200, headers: size === undefined ? {} : { 'content-length': String(size) } });

  it('passes bytes=0- through as a streamed 206 of the whole recording, however large, keeping no copy', async () => {
    const { stream, state } = recording(30 * MiB, MiB);
    const kept: Uint8Array[] = [];
    const response = await answerIgnoredRange(upstream(stream, 30 * MiB), 'bytes=0-', (bytes) => kept.push(bytes));
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 0-${30 * MiB - 1}/${30 * MiB}`);
    expect(response.headers.get('x-audio-source')).toBe('upstream');
    // At most the one chunk a Response reads ahead: the body is handed on, not buffered.
    expect(state.produced).toBeLessThanOrEqual(MiB);
    expect(kept).toEqual([]);
    await response.body?.cancel();
  });

  it('passes bytes=0- through as it came when the size is not declared', async () => {
    const { stream } = recording(1000, 64);
    const kept: Uint8Array[] = [];
    const response = await answerIgnoredRange(upstream(stream), 'bytes=0-', (bytes) => kept.push(bytes));
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(1000);
    expect(kept).toEqual([]);
  });

  it('checks Content-Length first: too large to keep, the range is cut from the stream, nothing buffered', async () => {
    const { stream, state } = recording(30 * MiB, MiB);
    const kept: Uint8Array[] = [];
    const response = await answerIgnoredRange(upstream(stream, 30 * MiB), 'bytes=1000-1009', (bytes) => kept.push(bytes));
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 1000-1009/${30 * MiB}`);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual(expectedBytes(1000, 1009));
    expect(state.produced).toBe(MiB);
    expect(state.cancelled).toBe(true);
    expect(kept).toEqual([]);
  });

  it('refuses a recording of undeclared size once it runs past 25 MiB, without reading the rest', async () => {
    const { stream, state } = recording(30 * MiB, MiB);
    const kept: Uint8Array[] = [];
    await expect(answerIgnoredRange(upstream(stream), 'bytes=10-', (bytes) => kept.push(bytes))).rejects.toMatchObject({
      code: 'upstream_error',
      message: 'The recording is too large to serve in parts.',
    });
    expect(state.produced).toBe(MAX_STORED_AUDIO_BYTES + MiB);
    expect(state.cancelled).toBe(true);
    expect(kept).toEqual([]);
  });

  it('keeps a copy when the size allows and serves the range from it', async () => {
    const { stream } = recording(1000, 64);
    const kept: Uint8Array[] = [];
    const response = await answerIgnoredRange(upstream(stream, 1000), 'bytes=10-19', (bytes) => kept.push(bytes));
    expect(response.status).toBe(206);
    expect(response.headers.get('x-audio-source')).toBe('upstream-copy');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual(expectedBytes(10, 19));
    expect(kept.map((bytes) => bytes.byteLength)).toEqual([1000]);
  });
});
