import { expect, test } from './fixtures';
import { API_ROUTES } from '../kit/api-routes';

test.use({ storageState: { cookies: [], origins: [] } });

for (const route of API_ROUTES.filter((r) => !r.public)) {
  test(`${route.method} ${route.path} answers 401 JSON without a session`, async ({ request }) => {
    const response = await request.fetch(route.path, { method: route.method, data: route.method === 'GET' ? undefined : {} });
    expect(response.status()).toBe(401);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message: 'Sign in to continue.' } });
  });
}

test('responses carry the security headers', async ({ request }) => {
  for (const path of ['/login', '/api/settings']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  }
});
