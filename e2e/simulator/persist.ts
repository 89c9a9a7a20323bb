// The simulator's world kept in a file, for the demo: its local KV outlives a restart, so the
// simulator must too, or the two disagree (a conversation deleted in the dashboard came back, and the
// same call showed two start times: the seed is laid out relative to the clock, while KV kept the
// copy made the day before). The file holds the seed's anchor time and the data as last changed;
// deleting it (the demo's --reset) starts over from the seed. Tests never pass a file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SimulatorData } from './types';

const VERSION = 1;

export interface PersistedWorld {
  version: typeof VERSION;
  /** The `now` the seed was laid out from (unix seconds); a reset seeds from it again. */
  anchorSecs: number;
  data: SimulatorData;
}

/** The saved world, or null when there is none or it cannot be read (then the seed starts over). */
export function loadWorld(file: string): PersistedWorld | null {
  if (!existsSync(file)) return null;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<PersistedWorld>;
    if (saved.version !== VERSION || typeof saved.anchorSecs !== 'number' || !saved.data || !Array.isArray(saved.data.conversations)) return null;
    return saved as PersistedWorld;
  } catch {
    return null;
  }
}

/** Written whole to a temporary file first, then renamed: a crash mid-write leaves the last good copy. */
export function saveWorld(file: string, world: Omit<PersistedWorld, 'version'>): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: VERSION, ...world }));
  renameSync(temporary, file);
}
