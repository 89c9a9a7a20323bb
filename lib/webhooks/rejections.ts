// Counting refused (and replayed) deliveries without letting any request drive KV writes. Each worker
// instance counts in memory and writes its own tally (one key per instance and hour, so no shared
// hot key), at most once per flush interval however many requests are refused. The tally holds
// reason counts only — nothing from the request.
import type { KvStore } from '@/lib/kv';
import { IGNORED_DELIVERIES, REJECTION_REASONS, type TallyCounts, type TallyReason } from './model';
import { rejectionTallyRecord, tallyParts } from './records';

const HOUR_MS = 3_600_000;

export interface RejectionTally {
  hour: number;
  counts: TallyCounts;
}

export function isTallyReason(value: unknown): value is TallyReason {
  return typeof value === 'string' && (value in REJECTION_REASONS || value in IGNORED_DELIVERIES);
}

export function hourOf(nowMs: number): number {
  return Math.floor(nowMs / HOUR_MS);
}

/** One instance's in-memory tallies and flush state; module-level in the worker, fresh per test. */
export function createRejectionCounter() {
  // Random values are not allowed in a worker's global scope, so the id is made on first use.
  let instanceId: string | null = null;
  const tallies = new Map<number, TallyCounts>();
  const dirty = new Set<number>();
  let scheduled = false;
  let chain: Promise<void> = Promise.resolve();

  async function writeDirty(kv: KvStore, nowMs: number): Promise<void> {
    instanceId ??= crypto.randomUUID().slice(0, 13);
    const hours = [...dirty];
    dirty.clear();
    await Promise.all(
      hours.map((hour) => {
        const tally: RejectionTally = { hour, counts: { ...tallies.get(hour) } };
        return rejectionTallyRecord.put(kv, tally, { parts: tallyParts(hour, instanceId!) });
      }),
    );
    // Older hours are final once written; only the current one keeps growing.
    for (const hour of tallies.keys()) if (hour < hourOf(nowMs) && !dirty.has(hour)) tallies.delete(hour);
  }

  return {
    /**
     * Counts one refusal; returns a flush to hand to waitUntil when none is pending, else null.
     * The flush waits `delayMs` first so a burst becomes one write.
     */
    record(reason: TallyReason, kv: KvStore, delayMs: number, nowMs = Date.now()): Promise<void> | null {
      const hour = hourOf(nowMs);
      const counts = tallies.get(hour) ?? {};
      counts[reason] = (counts[reason] ?? 0) + 1;
      tallies.set(hour, counts);
      dirty.add(hour);
      if (scheduled) return null;
      scheduled = true;
      const flush = async () => {
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        scheduled = false;
        // Serialised, so an older tally never lands after a newer one.
        chain = chain.then(() => writeDirty(kv, Date.now())).catch(() => undefined);
        await chain;
      };
      return flush();
    },
  };
}

export const rejectionCounter = createRejectionCounter();

/** Refusals and ignored replays by reason over the last `hours` hours, summed over every instance's tallies. */
export async function readRejectionCounts(kv: KvStore, nowMs = Date.now(), hours = 24): Promise<TallyCounts> {
  const since = hourOf(nowMs) - hours + 1;
  const totals: TallyCounts = {};
  let cursor: string | undefined;
  do {
    const page = await rejectionTallyRecord.list(kv, { cursor });
    for (const { metadata } of page.entries) {
      if (!metadata || metadata.hour < since) continue;
      for (const [reason, count] of Object.entries(metadata.counts)) {
        if (isTallyReason(reason) && typeof count === 'number') totals[reason] = (totals[reason] ?? 0) + count;
      }
    }
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return totals;
}
