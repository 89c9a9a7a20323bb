// The simulator's world kept in a file (the demo): a restart, even a day later, serves what the
// previous run left, so it agrees with the dashboard's persisted KV.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SIMULATOR_DEFAULT_API_KEY } from './defaults';
import { startSimulator, type RunningSimulator } from './server';

const DAY_MS = 86_400_000;
let dir: string;
let file: string;
const running: RunningSimulator[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sim-world-'));
  file = join(dir, 'simulator.json');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: { stateFile?: string; at: number }) {
  const simulator = await startSimulator({ port: 0, stateFile: options.stateFile, now: () => options.at });
  running.push(simulator);
  return simulator;
}

async function api(simulator: RunningSimulator, path: string, init: RequestInit = {}) {
  const response = await fetch(`${simulator.url}${path}`, { ...init, headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY } });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}

const startTimes = async (simulator: RunningSimulator) =>
  Object.fromEntries(((await api(simulator, '/v1/convai/conversations?page_size=100')).body.conversations as any[]).map((c) => [c.conversation_id, c.start_time_unix_secs]));

describe('simulator state file', () => {
  it('serves the same conversations, at the same times, after a restart a day later', async () => {
    const first = await start({ stateFile: file, at: Date.UTC(2026, 10, 1) });
    const before = await startTimes(first);
    await first.close();
    const second = await start({ stateFile: file, at: Date.UTC(2026, 10, 2) });
    expect(await startTimes(second)).toEqual(before);
  });

  it('without a file, a restart reseeds from the clock (what the demo got wrong)', async () => {
    const first = await start({ at: Date.UTC(2026, 10, 1) });
    const second = await start({ at: Date.UTC(2026, 10, 1) + DAY_MS });
    const [a, b] = [await startTimes(first), await startTimes(second)];
    const id = Object.keys(a)[5]!;
    expect(b[id]).toBe(a[id]! + 86_400);
  });

  it('keeps a deletion across a restart', async () => {
    const first = await start({ stateFile: file, at: Date.UTC(2026, 10, 1) });
    const id = Object.keys(await startTimes(first))[3]!;
    expect((await api(first, `/v1/convai/conversations/${id}`, { method: 'DELETE' })).status).toBe(200);
    await first.close();
    const second = await start({ stateFile: file, at: Date.UTC(2026, 10, 1) + 60_000 });
    expect((await api(second, `/v1/convai/conversations/${id}`)).status).toBe(404);
  });

  it('writes a change soon after it, not only on close', async () => {
    const simulator = await start({ stateFile: file, at: Date.UTC(2026, 10, 1) });
    const id = Object.keys(await startTimes(simulator))[0]!;
    await api(simulator, `/v1/convai/conversations/${id}`, { method: 'DELETE' });
    await expect.poll(() => readFileSync(file, 'utf8').includes(id) === false).toBe(true);
  });

  it('reseeds from the anchor on /_sim/reset, so the times still match', async () => {
    const first = await start({ stateFile: file, at: Date.UTC(2026, 10, 1) });
    const before = await startTimes(first);
    await first.close();
    const second = await start({ stateFile: file, at: Date.UTC(2026, 10, 3) });
    await api(second, `/v1/convai/conversations/${Object.keys(before)[0]}`, { method: 'DELETE' });
    await fetch(`${second.url}/_sim/reset`, { method: 'POST' });
    expect(await startTimes(second)).toEqual(before);
  });

  it('starts from the seed when the file cannot be read', async () => {
    writeFileSync(file, '{ not json');
    const simulator = await start({ stateFile: file, at: Date.UTC(2026, 10, 1) });
    expect(Object.keys(await startTimes(simulator)).length).toBe(100);
  });
});
