// Entry point of the KV layer: the store bound to this request's KV namespace, and the record helpers.
import { getPlatform } from '@/lib/platform';
import { createKvStore, type KvStore } from './store';

export * from './store';
export * from './record';

export function getKv(): KvStore {
  return createKvStore(getPlatform().env.KV);
}
