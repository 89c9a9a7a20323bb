import { defineConfig, devices } from '@playwright/test';
import { E2E } from './e2e/kit/constants';

const baseURL = `http://localhost:${E2E.port}`;

// Debian's Chromium: Playwright never downloads a browser here.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // The player is started by a click, but headless Chromium may still treat it as autoplay.
    '--autoplay-policy=no-user-gesture-required',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
};

export default defineConfig({
  testDir: './e2e/tests',
  // One worker: one stack (one KV, one simulator) that e2e/tests/fixtures.ts resets before each spec
  // file; a second worker would reset it under the first one's tests, and a stack each costs ~6 s.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: { baseURL, trace: 'retain-on-failure', launchOptions },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { ...devices['Desktop Chrome'], launchOptions } },
    // Starts a second worker configured for an https origin; browser-independent, so it runs once.
    { name: 'session-cookies', testMatch: /session-cookies\.spec\.ts/, use: { launchOptions } },
    {
      name: 'desktop',
      dependencies: ['setup'],
      testIgnore: /session-cookies\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, storageState: 'e2e/.auth/admin.json', launchOptions },
    },
    {
      name: 'mobile',
      dependencies: ['setup'],
      testIgnore: /session-cookies\.spec\.ts/,
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, storageState: 'e2e/.auth/admin.json', launchOptions },
    },
  ],
  webServer: {
    command: 'node --import tsx e2e/kit/serve-e2e.ts',
    url: `${baseURL}/login`,
    // Never reuse: a server left from another run has other KV state and no simulator.
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
