import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, buildContentSecurityPolicy, newNonce } from './headers';

describe('security headers', () => {
  it('allows scripts only with the nonce and forbids framing', () => {
    const csp = buildContentSecurityPolicy('abc');
    expect(csp).toContain(`script-src 'self' 'nonce-abc' 'strict-dynamic'`);
    expect(csp).toContain(`frame-ancestors 'none'`);
    expect(csp).toContain(`object-src 'none'`);
    expect(csp).not.toContain('unsafe-eval');
    expect(buildContentSecurityPolicy('abc', { development: true })).toContain('unsafe-eval');
  });

  it.each([
    [true, 'max-age=63072000; includeSubDomains'],
    [false, null],
  ])('https=%s -> HSTS %s', (https, hsts) => {
    const headers = new Headers();
    applySecurityHeaders(headers, { csp: 'x', https });
    expect(headers.get('strict-transport-security')).toBe(hsts);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('makes a fresh nonce each time', () => {
    expect(newNonce()).not.toBe(newNonce());
  });
});
