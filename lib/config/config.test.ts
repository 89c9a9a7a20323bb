import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '.';

const valid = {
  AUTH_SECRET: 'x'.repeat(40),
  AUTH_URL: 'http://localhost:8788',
  ADMIN_EMAIL: ' Admin@Example.com ',
  ADMIN_PASSWORD_HASH: 'pbkdf2-sha256$100000$c2FsdA==$aGFzaA==',
  SECRETS_KEY: btoa('k'.repeat(32)),
};

function problemsOf(source: Record<string, unknown>): string[] {
  try {
    parseConfig(source);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.issues.map((issue) => issue.variable);
  }
}

describe('parseConfig', () => {
  it('accepts a complete config, normalises the admin email and applies defaults', () => {
    const config = parseConfig(valid);
    expect(config.ADMIN_EMAIL).toBe('admin@example.com');
    expect(config.WEBHOOK_LOG_TTL_DAYS).toBe(30);
    expect(config.ELEVENLABS_BASE_URL).toBeUndefined();
  });

  it.each([
    ['http://localhost:8788', false],
    ['https://voicedesk.example.com', true],
  ])('AUTH_URL %s -> secure cookies %s', (url, secure) => {
    expect(parseConfig({ ...valid, AUTH_URL: url }).secureCookies).toBe(secure);
  });

  it.each([
    ['AUTH_SECRET', { AUTH_SECRET: 'short' }],
    ['AUTH_SECRET', { AUTH_SECRET: undefined }],
    ['AUTH_URL', { AUTH_URL: 'not a url' }],
    ['ADMIN_EMAIL', { ADMIN_EMAIL: 'nobody' }],
    ['ADMIN_PASSWORD_HASH', { ADMIN_PASSWORD_HASH: 'plaintext-password' }],
    ['SECRETS_KEY', { SECRETS_KEY: btoa('too short') }],
    ['SECRETS_KEY', { SECRETS_KEY: '%%%not base64%%%' }],
    ['SECRETS_KEY', { SECRETS_KEY: '' }],
    ['ELEVENLABS_BASE_URL', { ELEVENLABS_BASE_URL: 'localhost:8790' }],
  ])('names %s when it is wrong', (variable, override) => {
    expect(problemsOf({ ...valid, ...override })).toContain(variable);
  });

  it('ignores non-string bindings such as the KV namespace', () => {
    expect(() => parseConfig({ ...valid, KV: {} })).not.toThrow();
  });
});
