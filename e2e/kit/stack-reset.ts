// Puts a running stack back where a test suite can count on it: the simulator at its seed, faults and
// start configuration, and KV empty (settings, stored conversations, the webhook log, sign-in attempts)
// except the secrets the suite asks for. Worker memory (sign-in throttling of unknown accounts, refusal
// tallies not yet written) is not reset: only a restart does that.
import { createKvStore } from '@/lib/kv/store';
import { writeSecretRecord } from '@/lib/settings/secret-record';
import { SIMULATOR_DEFAULT_API_KEY, SIMULATOR_DEFAULT_WEBHOOK_SECRET } from '../simulator/defaults';

export interface StartState {
  /** The simulator's API key saved, as Settings would save it. */
  apiKey?: boolean;
  /** The simulator's webhook secret saved, so its deliveries verify. */
  webhookSecret?: boolean;
}

export interface ResetTarget {
  kv: KVNamespace;
  secretsKey: string;
  simulatorUrl: string;
}

export async function emptyKv(kv: KVNamespace): Promise<number> {
  let removed = 0;
  for (;;) {
    const { keys } = await kv.list();
    if (keys.length === 0) return removed;
    await Promise.all(keys.map((key) => kv.delete(key.name)));
    removed += keys.length;
  }
}

export async function resetStack(target: ResetTarget, state: StartState): Promise<void> {
  // The simulator first: its timers stop, so no call in progress delivers a webhook into the emptied KV.
  const reset = await fetch(`${target.simulatorUrl}/_sim/reset`, { method: 'POST' });
  if (!reset.ok) throw new Error(`The simulator did not reset (${reset.status}).`);
  await emptyKv(target.kv);
  const store = createKvStore(target.kv);
  if (state.apiKey) await writeSecretRecord(store, 'apiKey', SIMULATOR_DEFAULT_API_KEY, 'e2e setup', target.secretsKey);
  if (state.webhookSecret) {
    await writeSecretRecord(store, 'webhookSecret', SIMULATOR_DEFAULT_WEBHOOK_SECRET, 'e2e setup', target.secretsKey);
  }
}
