import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch } from './client';

function answer(status: number, body?: unknown): void {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status })));
}

afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  it('returns the JSON body, and nothing for 204', async () => {
    answer(200, { ok: 1 });
    expect(await apiFetch('/api/x')).toEqual({ ok: 1 });
    answer(204);
    expect(await apiFetch('/api/x', { method: 'DELETE' })).toBeUndefined();
  });

  it('sends a JSON body with its content type', async () => {
    answer(200, {});
    await apiFetch('/api/x', { method: 'PUT', json: { a: 1 } });
    const [, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(init?.body).toBe('{"a":1}');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('turns the error shape into an ApiError with its field details', async () => {
    answer(422, { error: { code: 'validation_failed', message: 'Check the fields.', details: { fields: [{ field: 'apiKey', message: 'is required' }] } } });
    const error = await apiFetch('/api/x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed', message: 'Check the fields.' });
    expect((error as ApiError).fields).toEqual([{ field: 'apiKey', message: 'is required' }]);
  });

  it('sends a 401 back to sign-in, with the page to return to', async () => {
    const assign = vi.fn();
    vi.stubGlobal('window', { location: { pathname: '/conversations', search: '?agent=a', assign } });
    answer(401, { error: { code: 'unauthenticated', message: 'Sign in to continue.' } });
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(assign).toHaveBeenCalledWith('/login?callbackUrl=%2Fconversations%3Fagent%3Da');
  });

  it('says so when the dashboard cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('names the status when the answer is not the error shape', async () => {
    answer(500, 'not json');
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ status: 500, code: 'internal_error', message: 'Request failed (500).' });
  });
});
