// Starts the whole product locally: the production build (next-on-pages) served by
// `wrangler pages dev` with persisted local KV, the ElevenLabs simulator beside it, the KV seeded
// with the simulator's key and webhook secret, and an admin account. Used by the demo, the
// Playwright suite and the benchmarks.
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hashPassword } from '@/lib/crypto/password';
import { bytesToBase64 } from '@/lib/crypto/encoding';
import { createKvStore } from '@/lib/kv/store';
import { decryptSecret } from '@/lib/crypto/secrets';
import { readStoredSecret, sealingContext, writeSecretRecord } from '@/lib/settings/secret-record';
import { startSimulator } from '../simulator/server';
import { SIMULATOR_DEFAULT_API_KEY, SIMULATOR_DEFAULT_WEBHOOK_SECRET } from '../simulator/defaults';

import { ROOT } from './constants';
export { ROOT };
const BUILD_OUTPUT = join(ROOT, '.vercel/output/static');
/** The simulator's world beside the KV it must agree with (a `fresh` start removes both). */
export const SIMULATOR_STATE_FILE = 'simulator.json';

export const QUIET_ENV = {
  NEXT_TELEMETRY_DISABLED: '1',
  VERCEL_TELEMETRY_DISABLED: '1',
  WRANGLER_SEND_METRICS: 'false',
};

export interface StackOptions {
  port: number;
  simulatorPort: number;
  /** Folder for local KV and the generated secrets; wiped first when `fresh`. */
  stateDir: string;
  fresh?: boolean;
  admin: { email: string; password: string };
  /** Pre-set the simulator's API key and webhook secret in KV (the demo); tests start empty. */
  seedSecrets: boolean;
  /** The public origin the worker is told it has (AUTH_URL); defaults to the local http URL. */
  publicUrl?: string;
  /** Devtools port of the worker runtime (the bench reads the JS heap through it). */
  inspectorPort?: number;
  /** Extra worker variables (tuning knobs from lib/config). */
  vars?: Record<string, string>;
  log?: (line: string) => void;
  /** File that receives wrangler's own output (appended); without it, it shares this terminal. */
  runtimeLog?: string;
  /**
   * Keep the simulator's world in `stateDir` across restarts (the demo): KV persists there, and a
   * simulator reseeded from the clock would contradict it (deleted calls back, shifted start times).
   */
  persistSimulator?: boolean;
}

export interface Stack {
  url: string;
  simulatorUrl: string;
  simulatorApiKey: string;
  webhookSecret: string;
  stop(): Promise<void>;
}

export interface StackSecrets {
  AUTH_SECRET: string;
  SECRETS_KEY: string;
}

function randomBase64(bytes: number): string {
  return bytesToBase64(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** Generated once per state folder and kept: a new SECRETS_KEY would orphan what KV holds. */
function loadOrCreateSecrets(stateDir: string): StackSecrets {
  const file = join(stateDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StackSecrets;
  const secrets = { AUTH_SECRET: randomBase64(33), SECRETS_KEY: randomBase64(32) };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** What a stack in `stateDir` was started with: its SECRETS_KEY seals the secrets KV holds. */
export function readStackSecrets(stateDir: string): StackSecrets {
  return JSON.parse(readFileSync(join(resolve(ROOT, stateDir), 'secrets.json'), 'utf8')) as StackSecrets;
}

export function buildIsPresent(): boolean {
  return existsSync(join(BUILD_OUTPUT, '_worker.js'));
}

/** Builds the worker; its output goes to `logFile` when given (the demo keeps its terminal short). */
export function build(logFile?: string): void {
  const fd = logFile ? openSync(logFile, 'w') : undefined;
  try {
    const stdio: StdioOptions = fd === undefined ? 'inherit' : ['ignore', fd, fd];
    const result = spawnSync('npx', ['next-on-pages'], { cwd: ROOT, stdio, env: { ...process.env, ...QUIET_ENV } });
    if (result.status !== 0) throw new Error(`The build failed (exit ${result.status})${logFile ? `; see ${logFile}` : ''}.`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface StackKv {
  kv: KVNamespace;
  dispose(): Promise<void>;
}

/**
 * The stack's KV from another process: a second Miniflare on the same persisted state that
 * `wrangler pages dev --persist-to` serves. Reads and writes go through to the same SQLite files, so
 * the running worker sees them on its next request, and this side sees the worker's.
 */
export async function openStackKv(stateDir: string): Promise<StackKv> {
  const proxy = await withoutCliSignalHandlers(async () => {
    const { getPlatformProxy } = await import('wrangler');
    return getPlatformProxy<{ KV: KVNamespace }>({
      configPath: join(ROOT, 'wrangler.toml'),
      persist: { path: join(resolve(ROOT, stateDir), 'v3') },
    });
  });
  return { kv: proxy.env.KV, dispose: () => proxy.dispose() };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Loading wrangler as a library installs its CLI's SIGINT/SIGTERM handlers, which call
 * process.exit() with status 0: a bench stopped by a signal then looked like a bench that finished,
 * and the demo's own shutdown was cut short before it stopped wrangler. Whoever runs the kit decides
 * what a signal does, so the handlers added while `work` runs are taken away again.
 */
async function withoutCliSignalHandlers<T>(work: () => Promise<T>): Promise<T> {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  try {
    return await work();
  } finally {
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
    }
  }
}

/**
 * Saves the simulator's key and secret where none is saved yet, and returns the webhook secret KV
 * now holds: after a rotation in Settings that is no longer the default, and the simulator must sign
 * with it (and the demo print it) or every simulated delivery would be refused.
 */
async function seedKv(stateDir: string, secrets: StackSecrets, simulator: { apiKey: string; webhookSecret: string }): Promise<{ webhookSecret: string }> {
  const proxy = await openStackKv(stateDir);
  try {
    const kv = createKvStore(proxy.kv);
    // Only when absent: a key the person replaced in Settings survives a restart of the demo.
    if (!(await readStoredSecret(kv, 'apiKey'))) {
      await writeSecretRecord(kv, 'apiKey', simulator.apiKey, 'demo setup', secrets.SECRETS_KEY);
    }
    if (!(await readStoredSecret(kv, 'webhookSecret'))) {
      await writeSecretRecord(kv, 'webhookSecret', simulator.webhookSecret, 'demo setup', secrets.SECRETS_KEY);
    }
    const stored = (await readStoredSecret(kv, 'webhookSecret'))!;
    return { webhookSecret: await decryptSecret(stored.sealed, secrets.SECRETS_KEY, sealingContext('webhookSecret')) };
  } finally {
    await proxy.dispose();
  }
}

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? (() => {});
  const stateDir = resolve(ROOT, options.stateDir);
  if (options.fresh) rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  if (!buildIsPresent()) throw new Error('No build found: run `npm run pages:build` first.');

  const secrets = loadOrCreateSecrets(stateDir);
  // Use localhost consistently: Next rewrites 127.0.0.1 to localhost in redirects and cookies are per host.
  const url = `http://localhost:${options.port}`;
  const webhookSecret = options.seedSecrets
    ? (await seedKv(stateDir, secrets, { apiKey: SIMULATOR_DEFAULT_API_KEY, webhookSecret: SIMULATOR_DEFAULT_WEBHOOK_SECRET })).webhookSecret
    : SIMULATOR_DEFAULT_WEBHOOK_SECRET;
  const simulator = await startSimulator({
    port: options.simulatorPort,
    apiKey: SIMULATOR_DEFAULT_API_KEY,
    webhookSecret,
    webhookUrl: `${url}/api/webhooks/elevenlabs`,
    stateFile: options.persistSimulator ? join(stateDir, SIMULATOR_STATE_FILE) : undefined,
  });
  log(`simulator on ${simulator.url}`);

  const bindings: Record<string, string> = {
    AUTH_SECRET: secrets.AUTH_SECRET,
    SECRETS_KEY: secrets.SECRETS_KEY,
    AUTH_URL: options.publicUrl ?? url,
    ADMIN_EMAIL: options.admin.email,
    ADMIN_PASSWORD_HASH: await hashPassword(options.admin.password),
    ELEVENLABS_BASE_URL: simulator.url,
    ...options.vars,
  };
  const args = ['wrangler', 'pages', 'dev', BUILD_OUTPUT, '--ip', '127.0.0.1', '--port', String(options.port)];
  args.push('--persist-to', stateDir, '--log-level', 'warn', '--show-interactive-dev-session=false');
  if (options.inspectorPort) args.push('--inspector-port', String(options.inspectorPort));
  for (const [name, value] of Object.entries(bindings)) args.push('--binding', `${name}=${value}`);
  const runtimeLog = options.runtimeLog ? openSync(options.runtimeLog, 'a') : undefined;
  // Same process group as this script: whoever stops the group (Playwright, Ctrl+C) stops wrangler too.
  const wrangler = spawn(join(ROOT, 'node_modules/.bin/wrangler'), args.slice(1), {
    cwd: ROOT,
    env: { ...process.env, ...QUIET_ENV },
    stdio: ['ignore', runtimeLog ?? 'inherit', runtimeLog ?? 'inherit'],
  });
  if (runtimeLog !== undefined) closeSync(runtimeLog);
  let stopping = false;
  // A worker runtime that dies mid-run otherwise shows only as requests failing for no stated reason.
  wrangler.once('exit', (code, signal) => {
    if (!stopping) console.error(`wrangler pages dev exited unexpectedly (${signal ?? `code ${code}`})`);
  });
  const stop = async () => {
    stopping = true;
    if (wrangler.exitCode === null) {
      const exited = new Promise((resolve) => wrangler.once('exit', resolve));
      wrangler.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    await simulator.close();
  };
  try {
    await waitForHttp(`${url}/login`, 60_000, wrangler);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`dashboard on ${url}`);
  return {
    url,
    simulatorUrl: simulator.url,
    simulatorApiKey: SIMULATOR_DEFAULT_API_KEY,
    webhookSecret,
    stop,
  };
}
