// Where to go after sign-in. Browsers drop tab, CR and LF from a URL and read `\` as `/` before
// resolving it, so `/\t/evil.example` is a protocol-relative URL to them: anything with a control
// character or a backslash is refused outright, the rest is resolved and must stay on our origin.

/** Stands in for the app's own origin when none is given: only the same-origin test needs one. */
const OWN_ORIGIN = 'https://voicedesk.invalid';
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/** A same-origin path + query + hash, or "/" for anything else (absent, repeated, foreign, the login page). */
export function safeCallbackPath(callbackUrl: unknown, origin: string = OWN_ORIGIN): string {
  if (typeof callbackUrl !== 'string' || !callbackUrl.startsWith('/') || UNSAFE_CHARACTERS.test(callbackUrl)) return '/';
  let url: URL;
  try {
    url = new URL(callbackUrl, origin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(origin).origin) return '/';
  if (url.pathname === '/login' || url.pathname.startsWith('/login/')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
