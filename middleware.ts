// Runs before every dynamic request: sets the CSP nonce and security headers, and sends signed-out
// page visits to /login early. It is a convenience, not the guard: every page and API route checks
// the session itself.
import { NextResponse, type NextRequest } from 'next/server';
import { applySecurityHeaders, buildContentSecurityPolicy, newNonce } from '@/lib/security/headers';

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

function isPublicPath(pathname: string): boolean {
  return pathname === '/login' || pathname.startsWith('/api/');
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
}

export function middleware(request: NextRequest) {
  const { pathname, search, protocol } = request.nextUrl;
  const https = protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const nonce = newNonce();
  const csp = buildContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });

  let response: NextResponse;
  if (!isPublicPath(pathname) && !hasSessionCookie(request)) {
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
