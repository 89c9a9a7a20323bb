import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type AppConfig } from '@/lib/config';
import { getKv } from '@/lib/kv';
import { startTestPlatform, type TestPlatform } from '@/lib/testing/platform';
import { TEST_ADMIN } from '@/lib/testing/fixtures';
import { safeCallbackPath } from './callback';
import { verifyAdminCredentials } from './credentials';
import { isLockedOut, lockSecondsAfter, recordFailure } from './throttle';

let platform: TestPlatform;
let config: AppConfig;

beforeAll(async () => {
  platform = await startTestPlatform();
  config = parseConfig(platform.env);
});
afterAll(() => platform.dispose());

describe('verifyAdminCredentials', () => {
  it('accepts the configured admin, case-insensitively on the email', async () => {
    const admin = await verifyAdminCredentials({ email: 'ADMIN@example.com', password: TEST_ADMIN.password }, config);
    expect(admin).toMatchObject({ email: TEST_ADMIN.email });
  });

  it.each([
    [{ email: TEST_ADMIN.email, password: 'wrong' }],
    [{ email: 'other@example.com', password: TEST_ADMIN.password }],
    [{ email: 'not-an-email', password: 'x' }],
    [{ email: TEST_ADMIN.email }],
    [null],
  ])('refuses %j', async (input) => {
    expect(await verifyAdminCredentials(input, config)).toBeNull();
  });

  it('locks an account after repeated failures, even for the right password, and unlocks later', async () => {
    const email = 'locked@example.com';
    const lockingConfig = { ...config, ADMIN_EMAIL: email };
    for (let i = 0; i < 3; i++) await verifyAdminCredentials({ email, password: 'wrong' }, lockingConfig);
    expect(await isLockedOut(email)).toBe(true);
    expect(await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, lockingConfig)).toBeNull();
    expect(await isLockedOut(email, getKv(), Date.now() + 16_000)).toBe(false);
  });

  it('a success clears earlier failures', async () => {
    const email = 'fresh@example.com';
    const freshConfig = { ...config, ADMIN_EMAIL: email };
    await verifyAdminCredentials({ email, password: 'wrong' }, freshConfig);
    await verifyAdminCredentials({ email, password: 'wrong' }, freshConfig);
    expect(await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, freshConfig)).not.toBeNull();
    const after = await recordFailure(email);
    expect(after.failures).toBe(1);
  });
});

describe('lock-out schedule', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 15],
    [4, 30],
    [5, 60],
    [12, 900],
    [40, 900],
  ])('after %i failures the account is locked %i s', (failures, seconds) => {
    expect(lockSecondsAfter(failures)).toBe(seconds);
  });
});

describe('safeCallbackPath', () => {
  it.each([
    ['/conversations?agent=a', '/conversations?agent=a'],
    [undefined, '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login?callbackUrl=/x', '/'],
  ])('%s -> %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
