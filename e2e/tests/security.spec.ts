import { expect, test } from './fixtures';
import { signIn } from './helpers';

// Browsers drop tab, CR and LF and read `\` as `/` before resolving a URL: each of these is
// another origin to them.
const HOSTILE_CALLBACKS = ['/\t/evil.example', '/\n/evil.example', '/\r/evil.example', '/\\evil.example', '//evil.example', 'https://evil.example/'];

function loginUrl(callbackUrl: string): string {
  return `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}

test.describe('signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('signing in with a hostile callbackUrl stays on the dashboard', async ({ page, baseURL }) => {
    await page.goto(loginUrl('/\t/evil.example'));
    await signIn(page);
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  });

  test('a repeated callbackUrl does not break the login page', async ({ request }) => {
    const response = await request.get('/login?callbackUrl=/settings&callbackUrl=/webhooks');
    expect(response.status()).toBe(200);
  });

  test('a forged session cookie on a React Server Components request gets no page', async ({ request }) => {
    // The router state claims the dashboard layout is already on screen, so Next would render the
    // conversations page without the layout (and without its session check).
    const tree = ['', { children: ['(dashboard)', { children: ['settings', { children: ['__PAGE__', {}] }] }] }, null, null, true];
    const response = await request.get('/conversations', {
      maxRedirects: 0,
      headers: {
        cookie: 'authjs.session-token=forged',
        rsc: '1',
        'next-router-state-tree': encodeURIComponent(JSON.stringify(tree)),
      },
    });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toMatch(/\/login\?callbackUrl=%2Fconversations/);
  });
});

test.describe('signed in', () => {
  for (const hostile of HOSTILE_CALLBACKS) {
    test(`the login page sends ${JSON.stringify(hostile)} home, on this origin`, async ({ page, baseURL }) => {
      const response = await page.request.get(loginUrl(hostile), { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      const target = new URL(response.headers()['location']!, baseURL);
      expect(target.origin).toBe(new URL(baseURL!).origin);
      expect(target.pathname).toBe('/');
    });
  }

  test('the login page still honours a same-origin callbackUrl', async ({ page, baseURL }) => {
    await page.goto(loginUrl('/webhooks?type=post_call_audio'));
    await expect(page).toHaveURL(`${baseURL}/webhooks?type=post_call_audio`);
  });
});
