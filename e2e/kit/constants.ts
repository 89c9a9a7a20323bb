// Demo and test values. These are local demo credentials, never production ones.
export const DEMO = {
  port: 8788,
  simulatorPort: 8790,
  stateDir: '.demo',
  admin: { email: 'admin@voicedesk.local', password: 'voicedesk-demo' },
} as const;

export const E2E = {
  port: 8798,
  simulatorPort: 8799,
  stateDir: '.wrangler/e2e',
  admin: { email: 'e2e-admin@voicedesk.local', password: 'e2e-password-1234' },
} as const;

/** A second stack told its public origin is https, to prove the secure-cookie configuration. */
export const E2E_HTTPS = {
  port: 8797,
  simulatorPort: 8796,
  stateDir: '.wrangler/e2e-https',
} as const;

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
