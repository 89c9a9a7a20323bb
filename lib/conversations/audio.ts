// Conversation audio with HTTP Range, so the player can seek. Recordings are streamed, never held
// whole in memory: the upstream's answer is passed through, and the KV copy is read as a stream and
// cut to the asked range. The one exception is making that copy, for an upstream that ignores Range:
// a KV value is written whole, so the copy is buffered, only when its size allows (≤ 25 MiB, KV's
// value limit), checked from Content-Length before reading and enforced while reading.
import { AppError } from '@/lib/api/errors';
import { getElevenLabsClient } from '@/lib/settings/service';
import { getKv, type KvStore } from '@/lib/kv';
import { getPlatform } from '@/lib/platform';
import { conversationAudioBlob } from './records';

export const MAX_STORED_AUDIO_BYTES = 25 * 1024 * 1024;

export type ByteRange = { start: number; end: number };

/**
 * Parses a single-range `Range` header against a known size. null = no usable range (serve it all:
 * absent, malformed or multi-range, as RFC 9110 allows); 'unsatisfiable' = answer 416.
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, startText = '', endText = ''] = match;
  if (startText === '' && endText === '') return null;
  if (startText === '') {
    const suffix = Number(endText);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(startText);
  const end = endText === '' ? size - 1 : Math.min(Number(endText), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** `bytes=0-`, what a browser's media element asks for first: the whole recording is the answer. */
function asksFromTheStart(header: string): boolean {
  return /^bytes=0-$/.test(header.trim());
}

function audioHeaders(extra: Record<string, string>): Headers {
  return new Headers({
    'content-type': 'audio/mpeg',
    'accept-ranges': 'bytes',
    // Private: recordings are personal data, never for shared caches.
    'cache-control': 'private, max-age=3600',
    ...extra,
  });
}

function unsatisfiableResponse(size: number, source: string): Response {
  return new Response(null, { status: 416, headers: audioHeaders({ 'content-range': `bytes */${size}`, 'x-audio-source': source }) });
}

function fullResponse(body: BodyInit, size: number, source: string): Response {
  return new Response(body, { status: 200, headers: audioHeaders({ 'content-length': String(size), 'x-audio-source': source }) });
}

function partialResponse(body: BodyInit, range: ByteRange, size: number, source: string): Response {
  return new Response(body, {
    status: 206,
    headers: audioHeaders({
      'content-range': `bytes ${range.start}-${range.end}/${size}`,
      'content-length': String(range.end - range.start + 1),
      'x-audio-source': source,
    }),
  });
}

export function rangeResponse(bytes: ArrayBuffer, rangeHeader: string | null, source: string): Response {
  const size = bytes.byteLength;
  const range = parseRange(rangeHeader, size);
  if (range === 'unsatisfiable') return unsatisfiableResponse(size, source);
  if (!range) return fullResponse(bytes, size, source);
  return partialResponse(bytes.slice(range.start, range.end + 1), range, size, source);
}

/**
 * Bytes `start`..`end` (inclusive) of a stream: earlier chunks are read and dropped, and the source is
 * cancelled as soon as `end` is passed, so neither the skipped nor the remaining bytes are kept.
 */
export function sliceStream(source: ReadableStream<Uint8Array>, range: ByteRange): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let consumed = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        const chunkStart = consumed;
        consumed += value.byteLength;
        if (consumed <= range.start) continue;
        controller.enqueue(value.subarray(Math.max(0, range.start - chunkStart), Math.min(value.byteLength, range.end + 1 - chunkStart)));
        if (consumed > range.end) {
          controller.close();
          await reader.cancel();
        }
        return;
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** Like rangeResponse, for a recording of known size that is read as a stream. */
export function streamedRangeResponse(
  stream: ReadableStream<Uint8Array>,
  size: number,
  rangeHeader: string | null,
  source: string,
): Response {
  const range = parseRange(rangeHeader, size);
  if (range === 'unsatisfiable') {
    void stream.cancel().catch(() => undefined);
    return unsatisfiableResponse(size, source);
  }
  if (!range) return fullResponse(stream, size, source);
  return partialResponse(sliceStream(stream, range), range, size, source);
}

/** The whole stream, or null (and the stream cancelled) as soon as it runs past `limit` bytes. */
async function readAtMost(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function declaredLength(headers: Headers): number | null {
  const value = headers.get('content-length');
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

export async function storeAudio(id: string, bytes: ArrayBuffer | Uint8Array, kv: KvStore = getKv()): Promise<void> {
  if (bytes.byteLength > MAX_STORED_AUDIO_BYTES) return;
  await conversationAudioBlob.put(kv, bytes, { parts: id });
}

async function fromStoredCopy(id: string, rangeHeader: string | null, kv: KvStore): Promise<Response | null> {
  const stored = await conversationAudioBlob.getStream(kv, id);
  if (!stored) return null;
  if (stored.metadata) return streamedRangeResponse(stored.value, stored.metadata.size, rangeHeader, 'kv');
  // A copy stored before sizes were recorded: its size is known only by reading it (≤ 25 MiB).
  const bytes = await readAtMost(stored.value, MAX_STORED_AUDIO_BYTES);
  return bytes ? rangeResponse(bytes.buffer, rangeHeader, 'kv') : null;
}

function passthrough(upstream: Response): Response {
  const headers: Record<string, string> = { 'x-audio-source': 'upstream' };
  for (const name of ['content-length', 'content-range']) {
    const value = upstream.headers.get(name);
    if (value) headers[name] = value;
  }
  return new Response(upstream.body, { status: upstream.status, headers: audioHeaders(headers) });
}

/** Where the copy made for an upstream that ignores Range goes (KV, after the response). */
export type KeepCopy = (bytes: Uint8Array) => void;

/**
 * The answer to a Range request that the upstream ignored (it sent the whole recording with 200).
 * `bytes=0-` needs nothing more than that whole body, streamed. Any other range is served from a
 * copy kept for the next seek when the size allows, else (size known, too large to keep) cut from
 * the upstream stream; a recording of unknown size that turns out too large is refused.
 */
export async function answerIgnoredRange(upstream: Response, rangeHeader: string, keepCopy: KeepCopy): Promise<Response> {
  const size = declaredLength(upstream.headers);
  if (asksFromTheStart(rangeHeader)) {
    return size === null || !upstream.body ? passthrough(upstream) : streamedRangeResponse(upstream.body, size, rangeHeader, 'upstream');
  }
  if (size !== null && size > MAX_STORED_AUDIO_BYTES && upstream.body) {
    return streamedRangeResponse(upstream.body, size, rangeHeader, 'upstream');
  }
  const bytes = await readAtMost(upstream.body, MAX_STORED_AUDIO_BYTES);
  if (!bytes) throw new AppError('upstream_error', 'The recording is too large to serve in parts.');
  keepCopy(bytes);
  return rangeResponse(bytes.buffer, rangeHeader, 'upstream-copy');
}

/**
 * The copy is a cache: if writing it fails (two seeks before it exists write the same key, and KV
 * takes one write per second per key), the next seek simply makes it again.
 */
function keepCopyInKv(id: string, kv: KvStore): KeepCopy {
  return (bytes) =>
    getPlatform().waitUntil(
      storeAudio(id, bytes, kv).catch((error: unknown) => {
        console.warn('Could not keep a copy of the recording', error instanceof Error ? error.message : typeof error);
      }),
    );
}

export async function getConversationAudio(id: string, rangeHeader: string | null): Promise<Response> {
  const kv = getKv();
  const stored = await fromStoredCopy(id, rangeHeader, kv);
  if (stored) return stored;

  const client = await getElevenLabsClient();
  const upstream = await client.raw('GET', `/v1/convai/conversations/${encodeURIComponent(id)}/audio`, {
    headers: { accept: 'audio/mpeg', ...(rangeHeader ? { range: rangeHeader } : {}) },
    resource: 'Recording',
  });
  if (upstream.status === 206 || !rangeHeader) return passthrough(upstream);
  return answerIgnoredRange(upstream, rangeHeader, keepCopyInKv(id, kv));
}
