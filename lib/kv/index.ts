// Entry point of the KV layer: the store bound to this request's KV namespace.
import { getPlatform } from '@/lib/platform';
import { createKvStore, type KvStore } from './store';

export * from './store';

export function getKv(): KvStore {
  return createKvStore(getPlatform().env.KV);
}
