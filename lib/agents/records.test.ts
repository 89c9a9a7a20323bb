import { describe, expect, it } from 'vitest';
import { historyMetadataOf } from './records';

describe('history metadata', () => {
  it('keeps the whole row when it fits', () => {
    const entry = { at: '2026-11-30T10:00:00.000Z', by: 'admin@example.com', action: 'update' as const, changed: ['name', 'tags'], snapshot: { agent_id: 'a', name: 'A' } };
    expect(historyMetadataOf(entry)).toEqual({ at: entry.at, by: entry.by, action: 'update', changed: ['name', 'tags'], more: 0 });
  });

  it('cuts the changed paths to fit KV metadata (1 KiB) and counts the rest', () => {
    const changed = Array.from({ length: 60 }, (_, i) => `platform_settings.data_collection.item_${i}.description`);
    const meta = historyMetadataOf({ at: 'x', by: 'admin@example.com', action: 'restore', changed, snapshot: { agent_id: 'a', name: 'A' } });
    expect(JSON.stringify(meta).length).toBeLessThan(1024);
    expect(meta.changed.length + meta.more).toBe(60);
    expect(meta.more).toBeGreaterThan(0);
  });
});
