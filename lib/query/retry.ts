// Which failed queries the browser tries again (TanStack Query's `retry`), decided from the ApiError
// the fetch helper throws (read by shape, so this module stays free of it).

// Retrying cannot change these answers: the request itself, the session or the resource is wrong.
const FINAL_STATUSES = new Set<unknown>([400, 401, 403, 404, 409, 412, 413, 422]);
// Answered 502 because ElevenLabs refused, but just as final: the saved key or the plan must change first.
const FINAL_CODES = new Set<unknown>(['invalid_api_key', 'upstream_forbidden', 'quota_exceeded']);
export const MAX_QUERY_RETRIES = 2;

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  const { status, code } = (typeof error === 'object' && error !== null ? error : {}) as { status?: unknown; code?: unknown };
  return failureCount < MAX_QUERY_RETRIES && !FINAL_STATUSES.has(status) && !FINAL_CODES.has(code);
}
