import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SIMULATOR_KEY, SIMULATOR_URL } from './helpers';

// The first page of data is rendered on the server (prefetched and handed to TanStack Query), so its
// rows are in the HTML rather than fetched once the page's JavaScript has loaded.
test.use({ startState: { apiKey: true } });

test.afterEach(async ({ request }) => {
  await request.delete(`${SIMULATOR_URL}/_sim/faults`);
});

interface Summary {
  conversation_id: string;
  status: string;
  call_successful: string;
  call_summary_title?: string;
}

/** Newest first, as the list shows them; titles that HTML does not escape, so the page's text can be searched for them. */
async function newest(request: APIRequestContext, query = ''): Promise<Summary[]> {
  const response = await request.get(`${SIMULATOR_URL}/v1/convai/conversations?page_size=30&summary_mode=include${query}`, { headers: { 'xi-api-key': SIMULATOR_KEY } });
  return ((await response.json()).conversations as Summary[]).filter((c) => c.status === 'done' && /^[\w ,.-]+$/.test(c.call_summary_title ?? ''));
}

/** The page's HTML as the server sends it, before any script runs (the signed-in session's cookies go along). */
async function serverHtml(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  return response.text();
}

/** The row (table or card, whichever the viewport shows) linking to this conversation. */
function rowOf(page: Page, id: string) {
  return page.locator(`a[href^="/conversations/${id}"]`).filter({ visible: true });
}

// Production React reports a mismatch by number (#418 text, #419/#423 a boundary falling back to the client).
const HYDRATION = /hydrat|did not match|server rendered|react error #4(18|19|23|25)/i;

function collectHydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && HYDRATION.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (HYDRATION.test(error.message)) errors.push(error.message);
  });
  return errors;
}

test('the list’s first rows are in the server’s HTML, and the page hydrates without a mismatch', async ({ page, request }) => {
  const [first] = await newest(request);
  const html = await serverHtml(page, '/conversations');
  expect(html).toContain('data-testid="conversation-row"');
  expect(html).toContain(first!.call_summary_title);

  const errors = collectHydrationErrors(page);
  await page.goto('/conversations');
  await expect(rowOf(page, first!.conversation_id)).toContainText(first!.call_summary_title!);
  expect(errors).toEqual([]);
});

test('filters in the URL are rendered on the server too', async ({ page, request }) => {
  const [failure] = await newest(request, '&call_successful=failure');
  const html = await serverHtml(page, '/conversations?outcome=failure&utm_source=mail');
  expect(html).toContain(failure!.call_summary_title);
  expect(html).toContain('data-outcome="failure"');
  expect(html).not.toContain('data-outcome="success"');
});

test('days need the viewer’s zone: rendered on the server when the browser has told it, left to the browser when not', async ({ page, context, request }) => {
  const [first] = await newest(request);
  // A wide range of days, so the newest call is in it whatever the zone.
  const path = '/conversations?from=2000-01-01&to=2100-01-01';
  await context.addCookies([{ name: 'tz', value: 'America/Los_Angeles', domain: 'localhost', path: '/' }]);
  expect(await serverHtml(page, path)).toContain(first!.call_summary_title);

  await context.clearCookies({ name: 'tz' });
  const html = await serverHtml(page, path);
  expect(html).not.toContain('data-testid="conversation-row"');
  // The browser fetches them with its zone, and remembers the zone for the next page.
  await page.goto(path);
  await expect(rowOf(page, first!.conversation_id)).toContainText(first!.call_summary_title!);
  await expect.poll(async () => (await context.cookies()).find((cookie) => cookie.name === 'tz')?.value).toBeTruthy();
  expect(await serverHtml(page, path)).toContain(first!.call_summary_title);
});

test('a detail opened by URL is in the server’s HTML, transcript included', async ({ page, request }) => {
  const [first] = await newest(request);
  const html = await serverHtml(page, `/conversations/${first!.conversation_id}`);
  expect(html).toContain('data-testid="conversation-title"');
  expect(html).toContain(first!.call_summary_title);
  expect(html).toContain('data-testid="transcript-turn"');

  await page.goto(`/conversations/${first!.conversation_id}`);
  await expect(page.getByTestId('conversation-title')).toHaveText(first!.call_summary_title!);
  await expect(page.getByTestId('transcript-turn').first()).toBeVisible();
});

test('ElevenLabs failing during the server render still sends the page, and the browser shows the error it always did', async ({ page, request }) => {
  await request.post(`${SIMULATOR_URL}/_sim/faults`, { data: { rate500: 1, paths: '/v1/convai/conversations' } });
  const html = await serverHtml(page, '/conversations');
  expect(html).not.toContain('data-testid="conversation-row"');
  await page.goto('/conversations');
  await expect(page.getByTestId('error-state')).toBeVisible({ timeout: 20_000 });
  await request.delete(`${SIMULATOR_URL}/_sim/faults`);
  await page.getByTestId('retry').click();
  await expect(page.locator('[data-testid="conversation-row"], [data-testid="conversation-card"]').filter({ visible: true }).first()).toBeVisible();
});

test('the server’s page pages with plain links, so a press before its JavaScript has run still pages', async ({ page }) => {
  const html = await serverHtml(page, '/conversations?outcome=success');
  const older = /<a\b[^>]*data-testid="next-page"[^>]*>/.exec(html)?.[0];
  expect(older).toMatch(/href="\/conversations\?outcome=success&amp;cursor=[^"]+"/);
});
