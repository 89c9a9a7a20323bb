import { hashKey, type QueryKey } from '@tanstack/react-query';

/**
 * One query's answer as the server read it while rendering the page, handed to the browser as a prop so
 * the first page of data is in the HTML (lib/query/server-prefetch.ts reads it). `hash` is the query key's
 * TanStack hash: the answer seeds only the query it was read for, not one whose filters have since changed.
 */
export interface ServerData<T> {
  hash: string;
  data: T;
  /** When the server read it (ms since the epoch): staleTime counts from here, as for a fetch in the browser. */
  updatedAt: number;
}

/**
 * The `initialData` options for `useQuery` when the server read this very query, as TanStack Query's
 * "Using initialData" documents for server rendering:
 * https://tanstack.com/query/v5/docs/framework/react/guides/ssr#get-started-fast-with-initialdata
 * Chosen over HydrationBoundary because it adds nothing to the page's JavaScript (the hydration code
 * weighs ~0.9 kB gzip); each page hands over one query, where that API's generality is not needed.
 */
export function initialDataFrom<T>(queryKey: QueryKey, server: ServerData<T> | undefined): { initialData?: T; initialDataUpdatedAt?: number } {
  if (!server || server.hash !== hashKey(queryKey)) return {};
  return { initialData: server.data, initialDataUpdatedAt: server.updatedAt };
}
