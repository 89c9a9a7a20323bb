// The session cookie follows AUTH_URL: plain `authjs.session-token` over http (the demo), the
// `__Secure-` one when the public origin is https. Both are proven against the built worker, by
// signing in over HTTP and calling a guarded route with the cookie that came back.
import { expect, test } from './fixtures';
import { E2E, E2E_HTTPS } from '../kit/constants';
import { cookieHeader, signInOverHttp, type CookieJar } from '../kit/session';
import { startStack, type Stack } from '../kit/stack';

function signIn(origin: string) {
  return signInOverHttp(origin, E2E.admin.email, E2E.admin.password);
}

async function guardedStatus(origin: string, jar: CookieJar): Promise<number> {
  return (await fetch(`${origin}/api/settings`, { headers: { cookie: cookieHeader(jar) } })).status;
}

test('over http (AUTH_URL http://…) the session cookie has no __Secure- prefix and works', async ({ baseURL }) => {
  const { jar, setCookie } = await signIn(baseURL!);
  expect(setCookie.some((line) => line.startsWith('authjs.session-token='))).toBe(true);
  expect(setCookie.some((line) => line.startsWith('__Secure-'))).toBe(false);
  expect(await guardedStatus(baseURL!, jar)).toBe(200);
  expect(await guardedStatus(baseURL!, {})).toBe(401);
});

test.describe('with an https public origin', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    stack = await startStack({
      port: E2E_HTTPS.port,
      simulatorPort: E2E_HTTPS.simulatorPort,
      stateDir: E2E_HTTPS.stateDir,
      fresh: true,
      admin: E2E.admin,
      seedSecrets: false,
      publicUrl: `https://localhost:${E2E_HTTPS.port}`,
    });
  });
  test.afterAll(async () => {
    await stack?.stop();
  });

  test('the session cookie is __Secure-, Secure, and the guarded routes accept it', async () => {
    const { jar, setCookie } = await signIn(stack.url);
    const session = setCookie.find((line) => line.startsWith('__Secure-authjs.session-token='));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(await guardedStatus(stack.url, jar)).toBe(200);
    // A cookie under the http name is ignored by an https-configured worker.
    expect(await guardedStatus(stack.url, { 'authjs.session-token': jar['__Secure-authjs.session-token']! })).toBe(401);
  });
});
