import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type AppConfig } from '@/lib/config';
import { verifyPassword } from '@/lib/crypto/password';
import { getKv, type KvStore } from '@/lib/kv';
import { startTestPlatform, type TestPlatform } from '@/lib/testing/platform';
import { TEST_ADMIN } from '@/lib/testing/fixtures';
import { safeCallbackPath } from './callback';
import { clientAddressOf, signInOutcome, type Admin, type SignInContext } from './credentials';
import { FREE_ACCOUNT_FAILURES, lockSecondsAfter } from './throttle';

let platform: TestPlatform;
let config: AppConfig;

beforeAll(async () => {
  platform = await startTestPlatform();
  config = parseConfig(platform.env);
});
afterAll(() => platform.dispose());

let accounts = 0;
/** A config whose admin is an address no other test used, so each test starts unthrottled. */
function freshAccount(): { email: string; config: AppConfig } {
  const email = `admin${++accounts}@example.com`;
  return { email, config: { ...config, ADMIN_EMAIL: email } };
}

/** Counts how many passwords were actually checked. */
function countingVerify(): { verify: NonNullable<SignInContext['verify']>; checked: () => number } {
  let checked = 0;
  return {
    verify: (password, hash) => {
      checked += 1;
      return verifyPassword(password, hash);
    },
    checked: () => checked,
  };
}

async function attemptKeys(): Promise<string[]> {
  const { entries } = await getKv().list('voicedesk_login_attempts:');
  return entries.map((entry) => entry.key);
}

/** The admin when let in, else null: most tests only ask whether a sign-in got through. */
async function verifyAdminCredentials(input: unknown, accountConfig: AppConfig, context: SignInContext): Promise<Admin | null> {
  const outcome = await signInOutcome(input, accountConfig, context);
  return 'admin' in outcome ? outcome.admin : null;
}

const from = (clientAddress: string, extra: Partial<SignInContext> = {}): SignInContext => ({ clientAddress, ...extra });

describe('verifyAdminCredentials', () => {
  it('accepts the configured admin, case-insensitively on the email', async () => {
    const admin = await verifyAdminCredentials({ email: 'ADMIN@example.com', password: TEST_ADMIN.password }, config, from('192.0.2.1'));
    expect(admin).toMatchObject({ email: TEST_ADMIN.email });
  });

  it.each([
    [{ email: TEST_ADMIN.email, password: 'wrong' }],
    [{ email: 'other@example.com', password: TEST_ADMIN.password }],
    [{ email: 'not-an-email', password: 'x' }],
    [{ email: TEST_ADMIN.email }],
    [null],
  ])('refuses %j', async (input) => {
    expect(await verifyAdminCredentials(input, config, from('192.0.2.2'))).toBeNull();
  });

  it('locks a client after repeated failures, even for the right password, and unlocks later', async () => {
    const { email, config: accountConfig } = freshAccount();
    for (let i = 0; i < 3; i++) await verifyAdminCredentials({ email, password: 'wrong' }, accountConfig, from('192.0.2.3'));
    const { verify, checked } = countingVerify();
    expect(await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, accountConfig, from('192.0.2.3', { verify }))).toBeNull();
    expect(checked()).toBe(0);
    const later = () => Date.now() + 16_000;
    expect(await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, accountConfig, from('192.0.2.3', { now: later }))).not.toBeNull();
  });

  it('a lock holds one client address, not the admin at another', async () => {
    const { email, config: accountConfig } = freshAccount();
    for (let i = 0; i < 5; i++) await verifyAdminCredentials({ email, password: 'wrong' }, accountConfig, from('198.51.100.66'));
    const { verify, checked } = countingVerify();
    expect(await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, accountConfig, from('198.51.100.66', { verify }))).toBeNull();
    expect(checked()).toBe(0);
    expect(await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, accountConfig, from('192.0.2.4'))).not.toBeNull();
  });

  it('pauses the whole account, more softly, when many addresses fail', async () => {
    const { email, config: accountConfig } = freshAccount();
    for (let i = 0; i < FREE_ACCOUNT_FAILURES; i++) {
      await verifyAdminCredentials({ email, password: 'wrong' }, accountConfig, from(`203.0.113.${i}`));
    }
    const { verify, checked } = countingVerify();
    expect(await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, accountConfig, from('192.0.2.5', { verify }))).toBeNull();
    expect(checked()).toBe(0);
  });

  it('counts a burst of parallel wrong guesses: at most the free ones are checked, then the client is locked', async () => {
    const { email, config: accountConfig } = freshAccount();
    const { verify, checked } = countingVerify();
    const burst = Array.from({ length: 12 }, () =>
      verifyAdminCredentials({ email, password: 'wrong' }, accountConfig, from('198.51.100.7', { verify })),
    );
    expect(await Promise.all(burst)).toEqual(Array(12).fill(null));
    expect(checked()).toBeLessThanOrEqual(3);
    const rightPassword = countingVerify();
    expect(
      await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, accountConfig, from('198.51.100.7', { verify: rightPassword.verify })),
    ).toBeNull();
    expect(rightPassword.checked()).toBe(0);
  });

  it('fails closed: an attempt that cannot be recorded is refused without checking the password', async () => {
    const { email, config: accountConfig } = freshAccount();
    const kv = getKv();
    const failingKv: KvStore = { ...kv, putJson: () => Promise.reject(new Error('KV PUT failed: 429 Too Many Requests')) };
    const { verify, checked } = countingVerify();
    expect(
      await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, accountConfig, from('192.0.2.6', { kv: failingKv, verify })),
    ).toBeNull();
    expect(checked()).toBe(0);
  });

  it('writes nothing to KV for addresses that are not the admin, and limits them in memory', async () => {
    const before = await attemptKeys();
    const { verify, checked } = countingVerify();
    for (let i = 0; i < 6; i++) {
      await verifyAdminCredentials({ email: 'nobody@example.com', password: 'guess' }, config, from('198.51.100.8', { verify }));
    }
    expect(await attemptKeys()).toEqual(before);
    expect(checked()).toBe(3);
  });

  it('a success clears the failures of that client', async () => {
    const { email, config: accountConfig } = freshAccount();
    await verifyAdminCredentials({ email, password: 'wrong' }, accountConfig, from('192.0.2.7'));
    await verifyAdminCredentials({ email, password: 'wrong' }, accountConfig, from('192.0.2.7'));
    expect(await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, accountConfig, from('192.0.2.7'))).not.toBeNull();
    for (let i = 0; i < 2; i++) await verifyAdminCredentials({ email, password: 'wrong' }, accountConfig, from('192.0.2.7'));
    expect(await verifyAdminCredentials({ email, password: TEST_ADMIN.password }, accountConfig, from('192.0.2.7'))).not.toBeNull();
  });
});

describe('signInOutcome', () => {
  it('says "paused" once a client is locked, for the admin and for an unknown address alike', async () => {
    const { email, config: accountConfig } = freshAccount();
    for (const address of [email, 'nobody-paused@example.com']) {
      const outcomes = [];
      for (let i = 0; i < 4; i++) outcomes.push(await signInOutcome({ email: address, password: 'wrong' }, accountConfig, from('198.51.100.20')));
      expect(outcomes).toEqual([{ refused: 'invalid' }, { refused: 'invalid' }, { refused: 'invalid' }, { refused: 'paused' }]);
    }
  });

  it('says "paused" when the attempt cannot be counted', async () => {
    const { email, config: accountConfig } = freshAccount();
    const failingKv: KvStore = { ...getKv(), putJson: () => Promise.reject(new Error('KV PUT failed: 429')) };
    expect(await signInOutcome({ email, password: TEST_ADMIN.password }, accountConfig, from('192.0.2.30', { kv: failingKv }))).toEqual({ refused: 'paused' });
  });
});

describe('clientAddressOf', () => {
  it('reads CF-Connecting-IP and never X-Forwarded-For', () => {
    expect(clientAddressOf(new Request('http://x', { headers: { 'cf-connecting-ip': '192.0.2.9' } }))).toBe('192.0.2.9');
    expect(clientAddressOf(new Request('http://x', { headers: { 'x-forwarded-for': '192.0.2.10' } }))).toBe('unknown');
    expect(clientAddressOf(undefined)).toBe('unknown');
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
  ])('after %i failures the client is locked %i s', (failures, seconds) => {
    expect(lockSecondsAfter(failures)).toBe(seconds);
  });
});

describe('safeCallbackPath', () => {
  it.each([
    ['/conversations?agent=a', '/conversations?agent=a'],
    ['/conversations/conv_1?tab=analysis#t=12', '/conversations/conv_1?tab=analysis#t=12'],
    ['/a/../settings', '/settings'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
    ['', '/'],
    ['settings', '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['/\r/evil.example', '/'],
    ['/\r\n/evil.example', '/'],
    ['\t//evil.example', '/'],
    ['/\u0000/evil.example', '/'],
    ['/%09/evil.example', '/%09/evil.example'],
    ['/login?callbackUrl=/x', '/'],
    ['/login', '/'],
    ['/login/', '/'],
  ])('%j -> %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it('keeps to the origin it is given', () => {
    expect(safeCallbackPath('/webhooks?type=x', 'http://localhost:8788')).toBe('/webhooks?type=x');
  });
});
