// Security headers for every dynamic response. Scripts are allowed only with the per-request nonce
// ('strict-dynamic' lets Next's nonce'd bootstrap load its chunks); nothing may frame the dashboard.

export function buildContentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  const scriptSrc = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`];
  // React's dev build evaluates code for better stack traces; never in production.
  if (options.development) scriptSrc.push(`'unsafe-eval'`);
  return [
    `default-src 'self'`,
    `script-src ${scriptSrc.join(' ')}`,
    // Radix and sonner position elements with inline style attributes.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `media-src 'self' blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

export function applySecurityHeaders(headers: Headers, options: { csp: string; https: boolean }): void {
  headers.set('Content-Security-Policy', options.csp);
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (options.https) headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
}

export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
