// What every route test against ElevenLabs starts from: the simulator (the real API's paths, shapes and
// errors) and real local KV (Miniflare), with the simulator's key saved, the admin signed in and no
// faults left from the test before. A test file calls useRouteStack() at its top, after
// `vi.mock('@/lib/auth/session', …)` (a mock is hoisted per file, so the file must declare it).
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import { getAdminSession } from '@/lib/auth/session';
import { writeSecret } from '@/lib/settings/store';
import { SIMULATOR_DEFAULT_API_KEY } from '@/e2e/simulator/defaults';
import { startSimulator } from '@/e2e/simulator/server';
import type { SimulatorOptions } from '@/e2e/simulator/state';
import { startTestPlatform, type TestPlatform } from './platform';

export const TEST_SESSION = { email: 'admin@example.com', role: 'admin' } as const;

export interface RouteStack {
  readonly simulator: Awaited<ReturnType<typeof startSimulator>>;
  readonly platform: TestPlatform;
  /** The simulator's answer to a request made with its key, parsed (null when empty). */
  sim(path: string, init?: RequestInit): Promise<any>;
}

/** `saveKey: false` leaves the account unconnected (tests of the key itself). */
export function useRouteStack(options: { simulator?: Omit<SimulatorOptions, 'port'>; saveKey?: boolean } = {}): RouteStack {
  let simulator: RouteStack['simulator'] | undefined;
  let platform: TestPlatform | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use the stack inside a test or hook`);
    return value;
  };
  const stack: RouteStack = {
    get simulator() {
      return started(simulator, 'The simulator');
    },
    get platform() {
      return started(platform, 'The platform');
    },
    async sim(path, init) {
      const response = await fetch(`${stack.simulator.url}${path}`, {
        ...init,
        headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY, 'content-type': 'application/json', ...init?.headers },
      });
      const text = await response.text();
      return text ? JSON.parse(text) : null;
    },
  };
  beforeAll(async () => {
    simulator = await startSimulator({ ...options.simulator, port: 0 });
    platform = await startTestPlatform({ ELEVENLABS_BASE_URL: simulator.url });
    if (options.saveKey !== false) await writeSecret('apiKey', SIMULATOR_DEFAULT_API_KEY, 'test');
  });
  afterAll(async () => {
    await platform?.dispose();
    await simulator?.close();
  });
  beforeEach(async () => {
    vi.mocked(getAdminSession).mockResolvedValue(TEST_SESSION);
    await stack.sim('/_sim/faults', { method: 'DELETE' });
  });
  return stack;
}
