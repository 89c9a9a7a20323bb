// The client against the simulator: error mapping, retries with backoff, Retry-After, timeouts,
// and no retry for requests that place calls.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/api/errors';
import { startSimulator } from '@/e2e/simulator/server';
import { SIMULATOR_DEFAULT_API_KEY } from '@/e2e/simulator/defaults';
import { backoffDelay, buildUrl, ElevenLabsClient, type ClientOptions } from './client';
import { parseRetryAfter, validationIssuesFrom } from './errors';
import { userSchema } from './schemas';

let simulator: Awaited<ReturnType<typeof startSimulator>>;
const sleeps: number[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
});
afterAll(() => simulator.close());
beforeEach(async () => {
  sleeps.length = 0;
  await fetch(`${simulator.url}/_sim/faults`, { method: 'DELETE' });
});

function client(options: Partial<ClientOptions> = {}): ElevenLabsClient {
  return new ElevenLabsClient({
    baseUrl: simulator.url,
    apiKey: SIMULATOR_DEFAULT_API_KEY,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...options,
  });
}

async function setFaults(faults: Record<string, unknown>) {
  const response = await fetch(`${simulator.url}/_sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  expect(response.ok).toBe(true);
}

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const anything = z.unknown();

describe('error mapping', () => {
  it('maps a wrong key to invalid_api_key', async () => {
    const error = await failureOf(client({ apiKey: 'sk_wrong_key_123456' }).json('GET', '/v1/user', userSchema));
    expect(error.code).toBe('invalid_api_key');
    expect(error.status).toBe(502);
  });

  it('maps an unknown conversation to not_found with the resource named', async () => {
    const error = await failureOf(client().json('GET', '/v1/convai/conversations/conv_nope', anything, { resource: 'Conversation' }));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Conversation not found.');
  });

  it('maps a 422 to validation_failed with the fields', async () => {
    const error = await failureOf(client().json('GET', '/v1/convai/conversations', anything, { query: { page_size: 500 } }));
    expect(error.code).toBe('validation_failed');
    expect((error.details as { fields: { field: string }[] }).fields[0]!.field).toBe('page_size');
  });

  it('parses a successful body tolerantly and keeps unknown fields', async () => {
    const user = await client().json('GET', '/v1/user', userSchema);
    expect(user.user_id).toBeTruthy();
  });
});

describe('retries', () => {
  it('retries a GET on 500 and gives up after two retries with upstream_unavailable', async () => {
    await setFaults({ rate500: 1 });
    const error = await failureOf(client().json('GET', '/v1/user', userSchema));
    expect(error.code).toBe('upstream_unavailable');
    expect(sleeps).toEqual([backoffDelay(0, () => 0.5), backoffDelay(1, () => 0.5)]);
  });

  it('honours Retry-After on 429 and surfaces rate_limited with it', async () => {
    await setFaults({ rate429: 1, retryAfterSecs: 2 });
    const error = await failureOf(client().json('GET', '/v1/user', userSchema));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(2);
    expect(sleeps).toEqual([2000, 2000]);
  });

  it('does not wait for a Retry-After longer than a person should', async () => {
    await setFaults({ rate429: 1, retryAfterSecs: 120 });
    const error = await failureOf(client().json('GET', '/v1/user', userSchema));
    expect(error.code).toBe('rate_limited');
    expect(sleeps).toEqual([]);
  });

  it('recovers when a fault clears between attempts', async () => {
    await setFaults({ rate500: 1 });
    const flaky = client({
      sleep: async (ms) => {
        sleeps.push(ms);
        await fetch(`${simulator.url}/_sim/faults`, { method: 'DELETE' });
      },
    });
    expect((await flaky.json('GET', '/v1/user', userSchema)).user_id).toBeTruthy();
    expect(sleeps).toHaveLength(1);
  });

  it('never retries a POST that places a call', async () => {
    await setFaults({ rate500: 1 });
    const error = await failureOf(
      client().json('POST', '/v1/convai/twilio/outbound-call', anything, {
        body: { agent_id: 'a', agent_phone_number_id: 'p', to_number: '+14155550100' },
      }),
    );
    expect(error.code).toBe('upstream_unavailable');
    expect(sleeps).toEqual([]);
  });

  it('times out slow answers as upstream_timeout, after retrying', async () => {
    await setFaults({ delayMs: 400 });
    const error = await failureOf(client({ timeoutMs: 100 }).json('GET', '/v1/user', userSchema));
    expect(error.code).toBe('upstream_timeout');
    expect(sleeps).toHaveLength(2);
  });

  it('maps an unreachable host to upstream_unavailable', async () => {
    const error = await failureOf(client({ baseUrl: 'http://127.0.0.1:9', maxRetries: 0 }).json('GET', '/v1/user', userSchema));
    expect(error.code).toBe('upstream_unavailable');
  });
});

describe('redirects', () => {
  /** A plain local HTTP server that records the headers of every request it gets. */
  async function recordingServer(answer: (res: ServerResponse) => void) {
    const seen: IncomingHttpHeaders[] = [];
    const server: Server = createServer((req, res) => {
      seen.push(req.headers);
      answer(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }

  it.each([301, 302, 307, 308])('a %i is refused as upstream_error and never followed with the key', async (status) => {
    const elsewhere = await recordingServer((res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"user_id":"u"}'));
    const redirecting = await recordingServer((res) => res.writeHead(status, { location: `${elsewhere.url}/v1/user` }).end());
    try {
      const error = await failureOf(client({ baseUrl: redirecting.url }).json('GET', '/v1/user', userSchema));
      expect(error.code).toBe('upstream_error');
      expect(error.status).toBe(502);
      expect(error.message).toContain(`redirect to 127.0.0.1:${new URL(elsewhere.url).port}`);
      expect(error.message).toContain('not followed');
      expect(redirecting.seen.map((headers) => headers['xi-api-key'])).toEqual([SIMULATOR_DEFAULT_API_KEY]);
      expect(elsewhere.seen.some((headers) => 'xi-api-key' in headers)).toBe(false);
      expect(elsewhere.seen).toHaveLength(0);
      expect(sleeps).toEqual([]);
    } finally {
      await Promise.all([elsewhere.close(), redirecting.close()]);
    }
  });
});

describe('helpers', () => {
  it('repeats array query parameters and skips empty values', () => {
    expect(buildUrl('https://api.elevenlabs.io', '/v1/convai/conversations', { a: ['x', 'y'], b: undefined, c: '', d: 3 })).toBe(
      'https://api.elevenlabs.io/v1/convai/conversations?a=x&a=y&d=3',
    );
  });

  it.each([
    [0, 0, 125],
    [0, 1, 250],
    [3, 0, 1000],
    [10, 1, 4000],
  ])('backoff for attempt %i with random %d is %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, () => random)).toBe(expected);
  });

  it.each([
    ['3', 3],
    ['0', 0],
    [null, undefined],
    ['soon', undefined],
  ])('Retry-After %s -> %s s', (value, expected) => {
    expect(parseRetryAfter(value)).toBe(expected);
  });

  it('reads Retry-After as an HTTP date', () => {
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6);
  });

  it('turns FastAPI locations into field paths', () => {
    expect(
      validationIssuesFrom({ detail: [{ loc: ['body', 'recipients', 0, 'phone_number'], msg: 'bad', type: 'x' }] }),
    ).toEqual([{ field: 'recipients.0.phone_number', message: 'bad' }]);
  });
});
