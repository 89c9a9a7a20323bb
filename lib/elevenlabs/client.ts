// The one HTTP client for ElevenLabs. Safe requests (GET/HEAD) are retried on 408/429/5xx, timeouts
// and network errors with exponential backoff and jitter, honouring Retry-After; anything else,
// above all the POSTs that place calls, is sent exactly once. Redirects are refused, never followed.
import type { z } from 'zod';
import { AppError } from '@/lib/api/errors';
import { parseRetryAfter, upstreamError } from './errors';

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: HeadersInit;
  /** Used in the not-found message: "Conversation not found." */
  resource?: string;
}

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  /** Per attempt, until the response headers arrive (bodies may stream for longer). */
  timeoutMs?: number;
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for: the caller gets rate_limited at once. */
  maxRetryWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const RETRYABLE_METHODS = new Set(['GET', 'HEAD']);
const BASE_DELAY_MS = 250;
const MAX_BACKOFF_MS = 4_000;

export function buildUrl(baseUrl: string, path: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    // ElevenLabs takes arrays as repeated keys (tag_ids=a&tag_ids=b).
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) url.searchParams.append(name, String(item));
  }
  return url.toString();
}

/** Full jitter on an exponential curve: spreads retries of many clients hitting one limit. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Status 0 with type opaqueredirect is how a browser-style fetch reports a manual redirect. */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function redirectRefused(response: Response): AppError {
  const location = response.headers.get('location');
  let where = 'another address';
  if (location) {
    try {
      where = new URL(location, response.url || undefined).host || where;
    } catch {
      // An unreadable Location is still a redirect we refuse; it just goes unnamed.
    }
  }
  return new AppError(
    'upstream_error',
    `ElevenLabs answered with a redirect to ${where}, which is not followed so the API key is never sent anywhere else. Check the API region in Settings (or ELEVENLABS_BASE_URL).`,
    { status: response.status, location },
  );
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export class ElevenLabsClient {
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxRetryWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: ClientOptions) {
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? 10_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  /** JSON request; the body is parsed tolerantly with `schema` (unknown upstream fields are kept). */
  async json<S extends z.ZodType>(method: string, path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
    const response = await this.send(method, path, options);
    const text = await response.text();
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new AppError('upstream_error', 'ElevenLabs sent a response that is not JSON.');
      }
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new AppError('upstream_error', 'ElevenLabs sent a response in an unexpected shape.', {
        issues: parsed.error.issues.slice(0, 5).map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
    }
    return parsed.data;
  }

  /** A successful response whose body the caller streams (audio). Errors are mapped before returning. */
  async raw(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    return this.send(method, path, options);
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const url = buildUrl(this.options.baseUrl, path, options.query);
    const retryable = RETRYABLE_METHODS.has(method);
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(method, url, options);
      const canRetry = retryable && attempt < this.maxRetries;
      if (outcome.kind === 'response') {
        const { response } = outcome;
        if (response.ok) return response;
        if (isRedirect(response)) {
          await response.body?.cancel();
          throw redirectRefused(response);
        }
        if (canRetry && isRetryableStatus(response.status)) {
          const wait = this.retryWait(response, attempt);
          if (wait !== null) {
            await response.body?.cancel();
            await this.sleep(wait);
            continue;
          }
        }
        throw upstreamError(response.status, await readBody(response), response.headers, options.resource);
      }
      if (canRetry) {
        await this.sleep(backoffDelay(attempt, this.random));
        continue;
      }
      throw outcome.kind === 'timeout'
        ? new AppError('upstream_timeout', `ElevenLabs did not answer within ${Math.round(this.timeoutMs / 1000)} s.`)
        : new AppError('upstream_unavailable', 'ElevenLabs could not be reached. Check the network or the API region.');
    }
  }

  private async attempt(
    method: string,
    url: string,
    options: RequestOptions,
  ): Promise<{ kind: 'response'; response: Response } | { kind: 'timeout' } | { kind: 'network' }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const headers = new Headers(options.headers);
    headers.set('xi-api-key', this.options.apiKey);
    headers.set('accept', headers.get('accept') ?? 'application/json');
    let body: string | undefined;
    if (options.body !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(options.body);
    }
    try {
      // Never followed: the request carries xi-api-key, and a redirect could take it to another host.
      const response = await this.fetchImpl(url, { method, headers, body, signal: controller.signal, redirect: 'manual' });
      return { kind: 'response', response };
    } catch {
      return controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network' };
    } finally {
      clearTimeout(timer);
    }
  }

  /** null = do not retry (the server asked for a longer pause than a person should wait). */
  private retryWait(response: Response, attempt: number): number | null {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    if (retryAfter === undefined) return backoffDelay(attempt, this.random);
    const waitMs = retryAfter * 1000;
    return waitMs <= this.maxRetryWaitMs ? waitMs : null;
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
