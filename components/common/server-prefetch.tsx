import 'server-only';
// Only what is used joins the page's JavaScript: next.config.mjs (optimizePackageImports) says why.
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';

/**
 * How long a page waits for its data on the server before it is sent without it. ElevenLabs answers a
 * list or a detail in well under this; when it does not (down, slow, retrying), the page goes out with
 * its skeleton and the browser asks again, as it did before data was rendered on the server.
 */
export const SERVER_PREFETCH_BUDGET_MS = 1500;

/**
 * Renders `children` with the queries `prefetch` fills already in the browser's cache, as TanStack Query
 * documents for the App Router (prefetch on the server, dehydrate, HydrationBoundary): the first page of
 * data is in the HTML instead of waiting for the page's JavaScript to ask for it. `prefetch` calls the
 * feature's service directly (not HTTP to this same worker) under the query keys the browser uses.
 *
 * Only what succeeded is handed over (TanStack's default): a failure (no key, ElevenLabs refusing or
 * down) or a prefetch still running after the budget leaves that query to the browser, whose fetch
 * and error states are the ones it always had. Callers check the session first (lib/auth/session.ts).
 */
export async function ServerPrefetch({ prefetch, children }: { prefetch: (client: QueryClient) => Promise<unknown>; children: React.ReactNode }) {
  // No retries here: the ElevenLabs client already retries reads, and the browser retries what is left to it.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    prefetch(client).catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, SERVER_PREFETCH_BUDGET_MS))),
  ]);
  clearTimeout(timer);
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
