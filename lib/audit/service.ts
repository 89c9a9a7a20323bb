// Appending to and reading the audit log; settings and conversations call it.
import 'server-only';
import { getKv, newestFirstId, type KvStore } from '@/lib/kv';
import type { AuditEntry } from './model';
import { auditRecord } from './records';

export async function appendAudit(entry: Omit<AuditEntry, 'at'>, kv: KvStore = getKv(), nowMs = Date.now()): Promise<void> {
  await auditRecord.put(kv, { ...entry, at: new Date(nowMs).toISOString() }, { parts: newestFirstId(nowMs) });
}

/** The newest entries first; an entry whose metadata fails the schema is skipped. */
export async function readAudit(limit = 20, kv: KvStore = getKv()): Promise<AuditEntry[]> {
  const { entries } = await auditRecord.list(kv, { limit });
  return entries.flatMap(({ metadata }) => (metadata ? [metadata] : []));
}
