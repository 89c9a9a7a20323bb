// Reading a delivery's body into the one buffer that also holds the signed prefix.
import { describe, expect, it } from 'vitest';
import { readSignedBody } from './receiver';

const PREFIX = new TextEncoder().encode('1790000000.');

function request(chunks: string[], contentLength?: number): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  const headers = contentLength === undefined ? {} : { 'content-length': String(contentLength) };
  return new Request('http://localhost/api/webhooks/elevenlabs', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('readSignedBody', () => {
  const big = 'x'.repeat(3 * 1024 * 1024 + 17);
  it.each([
    ['a declared length, in chunks', ['{"a":', '1}'], 6],
    ['no declared length (chunked), growing past the first buffer', [big.slice(0, 1_000_000), big.slice(1_000_000)], undefined],
    ['a declared length that is too small', ['{"a":', '1}'], 3],
    ['a declared length that is too large', ['{"a":', '1}'], 60],
    ['an empty body', [], 0],
  ] as const)('%s', async (_name, chunks, declared) => {
    const { message, body } = await readSignedBody(request([...chunks], declared), PREFIX, 10 * 1024 * 1024);
    expect(text(body)).toBe(chunks.join(''));
    expect(text(message)).toBe(`1790000000.${chunks.join('')}`);
    // The body is a view of the message, not a copy.
    expect(body.buffer).toBe(message.buffer);
  });

  it('refuses a body that grows past the cap while it is read', async () => {
    await expect(readSignedBody(request(['x'.repeat(600), 'x'.repeat(600)]), PREFIX, 1000)).rejects.toMatchObject({ code: 'payload_too_large' });
  });
});
