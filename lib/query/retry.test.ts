import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/client';
import { MAX_QUERY_RETRIES, shouldRetryQuery } from './retry';

describe('shouldRetryQuery', () => {
  it.each([
    [new ApiError(0, 'network_error', 'offline'), true],
    [new ApiError(429, 'rate_limited', 'slow down'), true],
    [new ApiError(502, 'upstream_unavailable', 'down'), true],
    [new ApiError(504, 'upstream_timeout', 'slow'), true],
    [new ApiError(500, 'internal_error', 'oops'), true],
    [new ApiError(502, 'invalid_api_key', 'rejected'), false],
    [new ApiError(502, 'upstream_forbidden', 'no permission'), false],
    [new ApiError(502, 'quota_exceeded', 'no credits'), false],
    [new ApiError(404, 'not_found', 'gone'), false],
    [new ApiError(409, 'conflict', 'changed since loaded'), false],
    [new ApiError(401, 'unauthenticated', 'sign in'), false],
    [new ApiError(412, 'config_missing', 'no key'), false],
    [new ApiError(422, 'validation_failed', 'bad'), false],
    [new Error('thrown by a render'), true],
  ])('%s -> retry %s', (error, retry) => {
    expect(shouldRetryQuery(0, error)).toBe(retry);
  });

  it(`stops after ${MAX_QUERY_RETRIES} retries`, () => {
    const error = new ApiError(502, 'upstream_unavailable', 'down');
    expect(shouldRetryQuery(MAX_QUERY_RETRIES - 1, error)).toBe(true);
    expect(shouldRetryQuery(MAX_QUERY_RETRIES, error)).toBe(false);
  });
});
