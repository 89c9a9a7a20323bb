// Conversation audio with HTTP Range, so the player can seek. The upstream stream is passed
// through without buffering; only when the upstream ignores Range (or the audio came by webhook)
// are ranges served from a copy in KV (values up to 25 MiB).
import { AppError } from '@/lib/api/errors';
import { getElevenLabsClient } from '@/lib/elevenlabs';
import { getKv, kvKeys, type KvStore } from '@/lib/kv';

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

function audioHeaders(extra: Record<string, string>): Headers {
  return new Headers({
    'content-type': 'audio/mpeg',
    'accept-ranges': 'bytes',
    // Private: recordings are personal data, never for shared caches.
    'cache-control': 'private, max-age=3600',
    ...extra,
  });
}

export function rangeResponse(bytes: ArrayBuffer, rangeHeader: string | null, source: string): Response {
  const size = bytes.byteLength;
  const range = parseRange(rangeHeader, size);
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: audioHeaders({ 'content-range': `bytes */${size}`, 'x-audio-source': source }) });
  }
  if (!range) {
    return new Response(bytes, { status: 200, headers: audioHeaders({ 'content-length': String(size), 'x-audio-source': source }) });
  }
  return new Response(bytes.slice(range.start, range.end + 1), {
    status: 206,
    headers: audioHeaders({
      'content-range': `bytes ${range.start}-${range.end}/${size}`,
      'content-length': String(range.end - range.start + 1),
      'x-audio-source': source,
    }),
  });
}

export async function storeAudio(id: string, bytes: ArrayBuffer, kv: KvStore = getKv()): Promise<void> {
  if (bytes.byteLength > MAX_STORED_AUDIO_BYTES) return;
  await kv.putBytes(kvKeys.conversationAudio(id), bytes);
}

export async function getConversationAudio(id: string, rangeHeader: string | null): Promise<Response> {
  const kv = getKv();
  const stored = await kv.getBytes(kvKeys.conversationAudio(id));
  if (stored) return rangeResponse(stored, rangeHeader, 'kv');

  const client = await getElevenLabsClient();
  const upstream = await client.raw('GET', `/v1/convai/conversations/${encodeURIComponent(id)}/audio`, {
    headers: { accept: 'audio/mpeg', ...(rangeHeader ? { range: rangeHeader } : {}) },
    resource: 'Recording',
  });
  if (upstream.status === 206 || !rangeHeader) {
    const passthrough: Record<string, string> = { 'x-audio-source': 'upstream' };
    for (const name of ['content-length', 'content-range']) {
      const value = upstream.headers.get(name);
      if (value) passthrough[name] = value;
    }
    return new Response(upstream.body, { status: upstream.status, headers: audioHeaders(passthrough) });
  }
  // The upstream sent everything although a range was asked for: keep a copy and serve ranges from it.
  const bytes = await upstream.arrayBuffer();
  if (bytes.byteLength > MAX_STORED_AUDIO_BYTES) {
    throw new AppError('upstream_error', 'The recording is too large to serve in parts.');
  }
  await storeAudio(id, bytes, kv);
  return rangeResponse(bytes, rangeHeader, 'upstream-copy');
}
