// The simulator's mutable world: seeded data, configuration set through /_sim/*, faults, and the
// timers that move calls along. Every route module and the call engine share this one object.
import { createRandom } from './random';
import { SIMULATOR_DEFAULT_API_KEY, SIMULATOR_DEFAULT_WEBHOOK_SECRET, SIMULATOR_SEED } from './defaults';
import { faultsFromEnv, type Faults } from './faults';
import { loadWorld, saveWorld } from './persist';
import { createSeed } from './seed';
import type { SimulatorData } from './types';
import type { Delivery } from './webhooks';

export interface SimulatorOptions {
  port?: number;
  apiKey?: string;
  webhookUrl?: string;
  webhookSecret?: string;
  now?: () => number;
  callDurationMs?: number;
  /** How long the seed's live calls last from their start (default 150 s, a short real call). */
  seededCallSecs?: number;
  /**
   * A file that keeps the world across restarts (the demo, whose KV persists): read at start when
   * present, written after every change. Without it, each start seeds afresh from the clock.
   */
  stateFile?: string;
  /** Share of placed calls that never connect, by reason (default none; numbers ending 0000/0001/0002 always do). */
  callFailureRates?: CallFailureRates;
}

/** call_initiation_failure reasons as ElevenLabs names them, each with the share of calls that end so. */
export interface CallFailureRates {
  busy: number;
  'no-answer': number;
  unknown: number;
}
export const NO_CALL_FAILURES: CallFailureRates = { busy: 0, 'no-answer': 0, unknown: 0 };

export interface SimulatorState {
  data: SimulatorData;
  apiKey: string;
  webhookUrl: string | null;
  webhookSecret: string;
  faults: Faults;
  audioIgnoresRange: boolean;
  callDurationMs: number;
  callFailureRates: CallFailureRates;
  /** The subscription's `tier`: real accounts answer plan names, `enterprise`, or (custom deals) names of their own. */
  subscriptionTier: string;
  /** Outbound calls accepted (Twilio and SIP trunk) since start or reset: the "calls seen" of tests and the bench. */
  outboundCallsPlaced: number;
  seededCallSecs: number;
  /** The `now` the seed was laid out from: kept with the world in `stateFile`, so a restart agrees with itself. */
  anchorSecs: number;
  stateFile: string | null;
  /** A write of stateFile is pending (changes within a moment are written once). */
  persistTimer: ReturnType<typeof setTimeout> | null;
  /** Counts every id this process makes, so two made in the same second never collide. */
  idsMade: number;
  requestCounts: Map<string, number>;
  deliveries: Delivery[];
  inFlight: number;
  timers: Set<ReturnType<typeof setTimeout>>;
  now: () => number;
}

export function createSimulatorState(options: SimulatorOptions = {}): SimulatorState {
  const now = options.now ?? (() => Date.now());
  const saved = options.stateFile ? loadWorld(options.stateFile) : null;
  const anchorSecs = saved?.anchorSecs ?? Math.floor(now() / 1000);
  return {
    data: saved?.data ?? createSeed(SIMULATOR_SEED, anchorSecs),
    anchorSecs,
    stateFile: options.stateFile ?? null,
    persistTimer: null,
    apiKey: options.apiKey ?? SIMULATOR_DEFAULT_API_KEY,
    webhookUrl: options.webhookUrl ?? null,
    webhookSecret: options.webhookSecret ?? SIMULATOR_DEFAULT_WEBHOOK_SECRET,
    faults: faultsFromEnv(),
    audioIgnoresRange: false,
    callDurationMs: options.callDurationMs ?? 3000,
    callFailureRates: { ...NO_CALL_FAILURES, ...options.callFailureRates },
    subscriptionTier: 'pro',
    outboundCallsPlaced: 0,
    seededCallSecs: options.seededCallSecs ?? 150,
    idsMade: 0,
    requestCounts: new Map(),
    deliveries: [],
    inFlight: 0,
    timers: new Set(),
    now,
  };
}

export const nowSecs = (state: SimulatorState) => Math.floor(state.now() / 1000);

export const findConversation = (state: SimulatorState, id: string) => state.data.conversations.find((c) => c.conversation_id === id);
export const findAgent = (state: SimulatorState, id: string) => state.data.agents.find((a) => a.agent_id === id);
export const findPhoneNumber = (state: SimulatorState, id: string) => state.data.phoneNumbers.find((p) => p.phone_number_id === id);
export const findBatch = (state: SimulatorState, id: string) => state.data.batchCalls.find((b) => b.id === id);

/**
 * A fresh id for something the API creates. Seeding the generator with the clock and a list's length
 * collided (create after a delete, or a create and a duplicate in the same second); a counter cannot.
 */
export function newId(state: SimulatorState, prefix: string): string {
  state.idsMade += 1;
  return createRandom((nowSecs(state) ^ (state.idsMade * 2_654_435_761)) >>> 0).id(prefix);
}

/** How long changes may gather before stateFile is written (a batch of calls changes many things). */
const PERSIST_DELAY_MS = 200;

/** Notes that the world changed: with a stateFile, it is written shortly (no-op without one). */
export function persistSoon(state: SimulatorState): void {
  if (!state.stateFile || state.persistTimer) return;
  state.persistTimer = setTimeout(() => persistNow(state), PERSIST_DELAY_MS);
  state.persistTimer.unref?.();
}

/** Writes stateFile now (on close, and when a pending write is due). */
export function persistNow(state: SimulatorState): void {
  if (state.persistTimer) clearTimeout(state.persistTimer);
  state.persistTimer = null;
  if (state.stateFile) saveWorld(state.stateFile, { anchorSecs: state.anchorSecs, data: state.data });
}
