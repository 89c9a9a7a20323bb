import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SIMULATOR_KEY, SIMULATOR_URL } from './helpers';

// The viewer is in Los Angeles: the list's days are theirs, not UTC's (issue: from = to = one day
// showed calls from 5 PM the day before to 4 PM that day).
const ZONE = 'America/Los_Angeles';
test.use({ startState: { apiKey: true }, timezoneId: ZONE });

interface Summary {
  conversation_id: string;
  start_time_unix_secs: number;
}

async function allConversations(request: APIRequestContext): Promise<Summary[]> {
  const all: Summary[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ page_size: '100', ...(cursor ? { cursor } : {}) });
    const page = await (await request.get(`${SIMULATOR_URL}/v1/convai/conversations?${query}`, { headers: { 'xi-api-key': SIMULATOR_KEY } })).json();
    all.push(...page.conversations);
    cursor = page.has_more ? page.next_cursor : undefined;
  } while (cursor);
  return all;
}

const dayIn = (zone: string, secs: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(secs * 1000);

function idsOnPage(page: Page) {
  return page
    .locator('[data-testid="conversation-row"], [data-testid="conversation-card"]')
    .filter({ visible: true })
    .locator('a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/').pop()!).sort());
}

test('from = to = one day lists exactly the calls of that day in the viewer’s zone, and says which zone', async ({ page, request }) => {
  const conversations = await allConversations(request);
  const on = (zone: string, day: string) => conversations.filter((c) => dayIn(zone, c.start_time_unix_secs) === day).map((c) => c.conversation_id).sort();
  // A day whose calls differ between Los Angeles and UTC (one that starts in the evening before, in UTC),
  // so the test tells the two apart; one page of them.
  const day = [...new Set(conversations.map((c) => dayIn(ZONE, c.start_time_unix_secs)))].find((candidate) => {
    const local = on(ZONE, candidate);
    return local.length > 0 && local.length <= 30 && local.join() !== on('UTC', candidate).join();
  });
  expect(day, 'the seed has a day whose calls differ between the two zones').toBeDefined();
  const expected = on(ZONE, day!);

  await page.goto(`/conversations?from=${day}&to=${day}`);
  await expect(page.getByTestId('date-filter-zone')).toHaveText(`Days in ${ZONE}`);
  await expect.poll(() => idsOnPage(page)).toEqual(expected);
  // The times shown are that day's, in the same zone.
  const [year, month, date] = day!.split('-').map(Number);
  const shown = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }).format(new Date(year!, month! - 1, date!));
  for (const time of await page.locator('[data-testid="conversation-row"] time, [data-testid="conversation-card"] time').filter({ visible: true }).allTextContents()) {
    expect(time).toContain(shown);
  }
  // The export reads the same days.
  await expect(page.getByTestId('export-csv')).toHaveAttribute('href', new RegExp(`[?&]tz=${encodeURIComponent(ZONE)}(&|$)`));
});
