// Runs before every dynamic request: sets the CSP nonce and security headers, and sends page visits
// without a valid session to /login. The session's JWT is verified here, not just looked for: a page
// rendered through a React Server Components request skips its layout's check (README, "Security").
// API routes check the session themselves (withAdmin), and the webhook is public by design.
import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { getConfig } from '@/lib/config';
import { applySecurityHeaders, buildContentSecurityPolicy, newNonce } from '@/lib/security/headers';

function isPublicPath(pathname: string): boolean {
  return pathname === '/login' || pathname.startsWith('/api/');
}

/** A session cookie that decrypts under AUTH_SECRET and has not expired; any other cookie is none. */
async function hasValidSession(request: NextRequest): Promise<boolean> {
  let config;
  try {
    config = getConfig();
  } catch {
    // Misconfigured: let the page render its configuration error (it checks the session too).
    return true;
  }
  try {
    const token = await getToken({ req: request, secret: config.AUTH_SECRET, secureCookie: config.secureCookies });
    return typeof token?.email === 'string';
  } catch {
    return false;
  }
}

export async function middleware(request: NextRequest) {
  const { pathname, search, protocol } = request.nextUrl;
  const https = protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const nonce = newNonce();
  const csp = buildContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });

  let response: NextResponse;
  if (!isPublicPath(pathname) && !(await hasValidSession(request))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    response = NextResponse.redirect(login);
  } else {
    const requestHeaders = new Headers(request.headers);
    // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
    requestHeaders.set('content-security-policy', csp);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('x-pathname', `${pathname}${search}`);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  applySecurityHeaders(response.headers, { csp, https });
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
