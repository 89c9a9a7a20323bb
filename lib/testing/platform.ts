// Test harness: the real local KV of the Cloudflare runtime (Miniflare via wrangler's
// getPlatformProxy), persisted in a fresh temporary folder per test file. Never a hand-written fake.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import type { Platform, PlatformEnv } from '@/lib/platform';
import { hashPasswordForTests, TEST_ADMIN } from './fixtures';

export interface TestPlatform extends Platform {
  dispose(): Promise<void>;
  /** Promises handed to waitUntil, so tests can await background work. */
  settle(): Promise<void>;
}

let active: TestPlatform | null = null;

export function activePlatform(): TestPlatform {
  if (!active) throw new Error('No test platform: call startTestPlatform() in beforeAll');
  return active;
}

export async function startTestPlatform(vars: Record<string, string> = {}): Promise<TestPlatform> {
  const dir = mkdtempSync(join(tmpdir(), 'voicedesk-kv-'));
  const proxy = await getPlatformProxy<{ KV: KVNamespace }>({ configPath: 'wrangler.toml', persist: { path: dir } });
  const pending: Promise<unknown>[] = [];
  const env: PlatformEnv = { ...(await testVars()), ...vars, KV: cancelSafeStreams(proxy.env.KV) };
  active = {
    env,
    waitUntil: (promise) => void pending.push(promise),
    settle: async () => {
      await Promise.allSettled(pending.splice(0));
    },
    dispose: async () => {
      await proxy.dispose();
      rmSync(dir, { recursive: true, force: true });
      active = null;
    },
  };
  return active;
}

/**
 * KV streams from getPlatformProxy reject unhandled when a reader cancels them (Miniflare's
 * prefixStream aborts a writer it has already released), which Vitest reports as an error although
 * workerd's own streams cancel cleanly. So the harness hands out streams of its own and, when one is
 * cancelled, reads the rest of Miniflare's instead (test values are small).
 */
function cancelSafeStreams(kv: KVNamespace): KVNamespace {
  return new Proxy(kv, {
    get(target, name) {
      const value: unknown = Reflect.get(target, name);
      if (typeof value !== 'function') return value;
      if (name !== 'get' && name !== 'getWithMetadata') return value.bind(target);
      return async (...args: unknown[]) => {
        const result = await value.apply(target, args);
        const type = typeof args[1] === 'string' ? args[1] : (args[1] as { type?: string } | undefined)?.type;
        if (type !== 'stream' || result === null) return result;
        if (name === 'get') return drainedOnCancel(result as ReadableStream);
        const { value: stream, ...rest } = result as { value: ReadableStream | null };
        return { ...rest, value: stream && drainedOnCancel(stream) };
      };
    },
  });
}

function drainedOnCancel(stream: ReadableStream): ReadableStream {
  const reader = stream.getReader();
  return new ReadableStream(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      async cancel() {
        while (!(await reader.read()).done);
      },
    },
    { highWaterMark: 0 },
  );
}

export async function testVars(): Promise<Record<string, string>> {
  return {
    AUTH_SECRET: 'test-auth-secret-0123456789abcdef0123456789',
    AUTH_URL: 'http://localhost:8788',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD_HASH: await hashPasswordForTests(TEST_ADMIN.password),
    SECRETS_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  };
}
