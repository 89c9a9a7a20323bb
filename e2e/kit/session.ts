// Signing in over plain HTTP (Auth.js credentials flow), for suites and benchmarks without a browser.
export interface CookieJar {
  [name: string]: string;
}

export function collectCookies(jar: CookieJar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const index = pair!.indexOf('=');
    jar[pair!.slice(0, index)] = pair!.slice(index + 1);
  }
}

export function cookieHeader(jar: CookieJar): string {
  return Object.entries(jar)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

export async function signInOverHttp(origin: string, email: string, password: string): Promise<{ jar: CookieJar; setCookie: string[] }> {
  const jar: CookieJar = {};
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  collectCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password }).toString(),
  });
  const setCookie = response.headers.getSetCookie();
  collectCookies(jar, response);
  return { jar, setCookie };
}
