// The simulator's mutable world: seeded data, configuration set through /_sim/*, faults, and the
// timers that move calls along. Every route module and the call engine share this one object.
import { SIMULATOR_DEFAULT_API_KEY, SIMULATOR_DEFAULT_WEBHOOK_SECRET, SIMULATOR_SEED } from './defaults';
import { faultsFromEnv, type Faults } from './faults';
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
}

export interface SimulatorState {
  data: SimulatorData;
  apiKey: string;
  webhookUrl: string | null;
  webhookSecret: string;
  faults: Faults;
  audioIgnoresRange: boolean;
  callDurationMs: number;
  requestCounts: Map<string, number>;
  deliveries: Delivery[];
  inFlight: number;
  timers: Set<ReturnType<typeof setTimeout>>;
  now: () => number;
}

export function createSimulatorState(options: SimulatorOptions = {}): SimulatorState {
  const now = options.now ?? (() => Date.now());
  return {
    data: createSeed(SIMULATOR_SEED, Math.floor(now() / 1000)),
    apiKey: options.apiKey ?? SIMULATOR_DEFAULT_API_KEY,
    webhookUrl: options.webhookUrl ?? null,
    webhookSecret: options.webhookSecret ?? SIMULATOR_DEFAULT_WEBHOOK_SECRET,
    faults: faultsFromEnv(),
    audioIgnoresRange: false,
    callDurationMs: options.callDurationMs ?? 3000,
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
