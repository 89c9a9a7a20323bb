import 'server-only';
import { hashKey, type QueryKey } from '@tanstack/react-query';
import type { ServerData } from './server-data';

/**
 * How long a page waits for its data on the server before it is sent without it. ElevenLabs answers a
 * list or a detail in well under this; when it does not (down, slow, retrying), the page goes out with
 * its skeleton and the browser asks again, as it did before data was rendered on the server.
 */
export const SERVER_PREFETCH_BUDGET_MS = 1500;

/**
 * Reads one query's answer on the server, under the key the browser will use, for the page's client
 * component to start from (initialDataFrom in ./server-data). `read` calls the feature's service
 * directly, not HTTP to this same worker. Only a success within the budget is handed over: a failure
 * (no key, ElevenLabs refusing or down) or a slow answer leaves the query to the browser, whose fetch and
 * error states are the ones it always had. Callers check the session first (lib/auth/session.ts).
 */
export async function readForBrowser<T>(queryKey: QueryKey, read: () => Promise<T>): Promise<ServerData<T> | undefined> {
  let cancelBudget = () => {};
  const budget = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, SERVER_PREFETCH_BUDGET_MS);
    cancelBudget = () => clearTimeout(timer);
  });
  const answer = await Promise.race([
    read().then(
      (data): ServerData<T> => ({ hash: hashKey(queryKey), data, updatedAt: Date.now() }),
      () => undefined,
    ),
    budget,
  ]);
  cancelBudget();
  return answer;
}
