// Browser-side fetch for /api: one place that turns the error contract into an ApiError the
// query hooks and forms understand (code, status, field details).
import type { ErrorBody, ErrorCode, FieldIssue } from './errors';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network_error',
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get fields(): FieldIssue[] {
    const fields = (this.details as { fields?: FieldIssue[] } | undefined)?.fields;
    return Array.isArray(fields) ? fields : [];
  }
}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  } catch {
    throw new ApiError(0, 'network_error', 'The dashboard could not be reached. Check your connection.');
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.status === 401 && typeof window !== 'undefined') {
    // The session ended (expired or signed out in another tab): back to sign-in, then here again.
    const here = `${window.location.pathname}${window.location.search}`;
    window.location.assign(`/login?callbackUrl=${encodeURIComponent(here)}`);
  }
  if (!response.ok) {
    const error = (body as ErrorBody | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'internal_error', error?.message ?? `Request failed (${response.status}).`, error?.details);
  }
  return body as T;
}
