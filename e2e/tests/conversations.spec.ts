import type { APIRequestContext, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { SIMULATOR_URL as SIMULATOR, simulatorConversation } from './helpers';

test.use({ startState: { apiKey: true } });

test.afterEach(async ({ request }) => {
  await request.delete(`${SIMULATOR}/_sim/faults`);
});

function rows(page: Page) {
  return page.locator('[data-testid="conversation-row"], [data-testid="conversation-card"]').filter({ visible: true });
}

async function pick(page: Page, select: string, option: string) {
  await page.getByTestId(select).selectOption({ label: option });
}

test('filter by agent and outcome; the URL carries the filters and can be shared', async ({ page, context }) => {
  await page.goto('/conversations');
  await expect(rows(page).first()).toBeVisible();
  await pick(page, 'filter-agent', 'Support triage');
  await expect(page).toHaveURL(/agent=agent_/);
  await pick(page, 'filter-outcome', 'Unsuccessful');
  await expect(page).toHaveURL(/outcome=failure/);
  // The previous list stays on screen while the filtered one loads: wait until every row is the filtered kind.
  const kinds = () => rows(page).evaluateAll((elements) => [...new Set(elements.map((el) => `${el.getAttribute('data-outcome')} ${el.getAttribute('data-agent')}`))]);
  await expect.poll(kinds).toEqual([expect.stringMatching(/^failure agent_/)]);
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(rows(shared).first()).toHaveAttribute('data-outcome', 'failure');
  await expect(shared.getByTestId('filter-outcome')).toHaveValue('failure');
  await shared.close();
});

function durations(page: Page): Promise<number[]> {
  return rows(page).evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-duration'))));
}

test('filter by call duration under "More filters"; the URL and the list follow', async ({ page }) => {
  await page.goto('/conversations');
  await expect(rows(page).first()).toBeVisible();
  const unfiltered = (await durations(page)).sort((a, b) => a - b);
  // Above the median: the first page certainly had shorter calls, and longer ones exist.
  const min = unfiltered[Math.floor(unfiltered.length / 2)]! + 1;
  expect(unfiltered[unfiltered.length - 1]).toBeGreaterThanOrEqual(min);

  await page.getByTestId('more-filters-toggle').click();
  await expect(page.getByTestId('more-filters-toggle')).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Minimum (seconds)').fill(String(min));
  await page.getByTestId('more-filters-apply').click();
  await expect(page).toHaveURL(new RegExp(`[?&]min_duration=${min}(&|$)`));
  await expect(page.getByTestId('more-filters-count')).toContainText('1');
  // The old page stays on screen while the new one loads: wait until every row is long enough.
  await expect.poll(async () => Math.min(...(await durations(page)))).toBeGreaterThanOrEqual(min);
  expect((await durations(page)).length).toBeGreaterThan(0);

  // The filter survives a reload (it lives in the URL) and shows in the control.
  await page.reload();
  await expect(rows(page).first()).toBeVisible();
  await page.getByTestId('more-filters-toggle').click();
  await expect(page.getByLabel('Minimum (seconds)')).toHaveValue(String(min));

  await page.getByTestId('clear-filters').click();
  await expect(page).not.toHaveURL(/min_duration/);
  await expect.poll(async () => Math.min(...(await durations(page)))).toBeLessThan(min);
});

test('page forward and back', async ({ page }) => {
  await page.goto('/conversations');
  const firstOnPageOne = await rows(page).first().textContent();
  await page.getByTestId('next-page').click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(rows(page).first()).not.toHaveText(firstOnPageOne!);
  await page.getByTestId('previous-page').click();
  await expect(page).not.toHaveURL(/cursor=/);
  await expect(rows(page).first()).toHaveText(firstOnPageOne!);
});

/** The list has answered: no previous page is still on screen, dimmed, while the next one loads. */
async function settled(page: Page) {
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('"Newer" works from a page link opened in a new tab; a page past the end says so and links to the first', async ({ page, context }) => {
  await page.goto('/conversations');
  await settled(page);
  const pageOne = await rows(page).first().textContent();
  await page.getByTestId('next-page').click();
  await expect(page).toHaveURL(/cursor=/);
  await settled(page);
  const pageTwoUrl = page.url();
  const pageTwo = await rows(page).first().textContent();
  await page.getByTestId('next-page').click();
  await expect(page).toHaveURL(/prev=/);
  await settled(page);

  // A new tab has no history to go back through: the URL alone says where "Newer" leads.
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await settled(fresh);
  await fresh.getByTestId('previous-page').click();
  await expect(fresh).toHaveURL(pageTwoUrl);
  await expect(rows(fresh).first()).toHaveText(pageTwo!);
  await fresh.getByTestId('previous-page').click();
  await expect(fresh).toHaveURL(/\/conversations$/);
  await expect(rows(fresh).first()).toHaveText(pageOne!);
  await expect(fresh.getByTestId('previous-page')).toBeDisabled();

  // The simulator's cursors are an offset: this one is far past the seeded conversations.
  const pastTheEnd = Buffer.from(JSON.stringify({ o: 100_000 })).toString('base64url');
  await fresh.goto(`/conversations?outcome=success&cursor=${pastTheEnd}`);
  await expect(fresh.getByText('This page is past the end of the list.')).toBeVisible();
  await fresh.getByTestId('first-page').click();
  await expect(fresh).toHaveURL(/\/conversations\?outcome=success$/);
  await expect(rows(fresh).first()).toBeVisible();
  await fresh.close();
});

test('a date typed digit by digit applies once it is complete, without a history entry per keystroke', async ({ page }) => {
  const listRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/conversations') listRequests.push(url.search);
  });
  await page.goto('/conversations');
  await settled(page);
  const entries = await page.evaluate(() => history.length);
  const from = page.getByLabel('From date');
  await from.focus();
  await page.keyboard.type('11272026', { delay: 80 });
  await expect(page).toHaveURL(/[?&]from=2026-11-27(&|$)/);
  await expect(from).toHaveValue('2026-11-27');
  await page.waitForLoadState('networkidle');
  await expect(from).toHaveValue('2026-11-27');
  expect(listRequests.filter((search) => /from=0/.test(search))).toEqual([]);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('transcript search applies after a pause in typing, and says it will', async ({ page }) => {
  await page.goto('/conversations');
  await settled(page);
  await expect(page.getByTestId('search-hint')).toHaveText('Results update as you type.');
  const entries = await page.evaluate(() => history.length);
  const box = page.getByLabel('Search transcripts');
  await box.pressSequentially('refund', { delay: 60 });
  await expect(page).toHaveURL(/[?&]search=refund(&|$)/);
  // The input is not rebuilt when the URL catches up: focus and what was typed stay.
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('refund');
  await box.pressSequentially(' please', { delay: 60 });
  await expect(page).toHaveURL(/[?&]search=refund\+please(&|$)/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

function sortedQuery(url: string): string {
  const params = new URL(url).searchParams;
  params.sort();
  return `${new URL(url).pathname}?${params}`;
}

test('"← Conversations" on a detail leads back to the filtered page it was opened from', async ({ page }) => {
  await page.goto('/conversations?outcome=success');
  await settled(page);
  await page.getByTestId('next-page').click();
  await expect(page).toHaveURL(/cursor=/);
  await settled(page);
  const listUrl = page.url();
  const first = await rows(page).first().textContent();
  await rows(page).first().locator('a').first().click();
  await expect(page).toHaveURL(/\/conversations\/[^/?]+\?list=/);
  await page.getByTestId('back-to-list').click();
  await expect.poll(() => sortedQuery(page.url())).toBe(sortedQuery(listUrl));
  await expect(rows(page).first()).toHaveText(first!);
  await expect(page.getByTestId('filter-outcome')).toHaveValue('success');
});

function conversationWithAudio(request: APIRequestContext): Promise<string> {
  return simulatorConversation(request, (detail) => detail.has_audio && detail.transcript.length >= 5);
}

test('open a conversation, play, jump to a turn, seek with the bar', async ({ page, request }) => {
  await page.goto('/conversations');
  const id = await conversationWithAudio(request);
  await page.goto(`/conversations/${id}`);
  await expect(page.getByTestId('audio-player')).toBeVisible();
  const audio = page.getByTestId('audio-element');
  await page.getByTestId('audio-toggle').click();
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.2);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  const turn = page.getByTestId('transcript-turn').nth(3);
  const at = Number(await turn.getAttribute('data-time'));
  await turn.getByRole('button').click();
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThanOrEqual(at);
  await expect(turn).toHaveAttribute('data-active', 'true');

  await page.getByTestId('audio-toggle').click();
  await page.getByTestId('audio-seek').focus();
  await page.keyboard.press('Home');
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeLessThan(1);
  await expect(page.getByTestId('transcript-turn').first()).toHaveAttribute('data-active', 'true');
});

async function downloadText(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const download = await downloading;
  const chunks = await (await download.createReadStream()).toArray();
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test('the waveform draws; the transcript downloads as JSON and CSV; the tabs answer the keyboard', async ({ page, request }) => {
  const id = await conversationWithAudio(request);
  await page.goto(`/conversations/${id}`);
  await expect(page.getByTestId('audio-waveform')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  const turns = await page.getByTestId('transcript-turn').count();
  expect(turns).toBeGreaterThanOrEqual(5);

  const json = await downloadText(page, 'export-transcript-json');
  expect(json.name).toBe(`transcript-${id}.json`);
  expect(JSON.parse(json.text)).toHaveLength(turns);
  const csv = await downloadText(page, 'export-transcript-csv');
  expect(csv.name).toBe(`transcript-${id}.csv`);
  const table = Papa.parse<string[]>(csv.text, { skipEmptyLines: true }).data;
  expect(table[0]).toEqual(['time_in_call_secs', 'role', 'message', 'interrupted', 'tools']);
  expect(table).toHaveLength(turns + 1);

  await page.getByRole('tab', { name: 'Transcript' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Analysis' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', (await page.getByRole('tab', { name: 'Analysis' }).getAttribute('id'))!);
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Details' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Transcript' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('transcript')).toBeVisible();
});

test('the list does not make a worker request per visible row; focusing a row prefetches its detail data', async ({ page }) => {
  const detailRoutes: string[] = [];
  const detailData: string[] = [];
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    if (/^\/conversations\/[^/]+$/.test(pathname) && search.includes('_rsc=')) detailRoutes.push(pathname);
    if (/^\/api\/conversations\/[^/]+$/.test(pathname)) detailData.push(pathname);
  });
  await page.goto('/conversations');
  await expect(rows(page).nth(5)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(detailRoutes).toEqual([]);
  const link = rows(page).first().locator('a').first();
  const id = (await link.getAttribute('href'))!.split('/').pop();
  await link.focus();
  await expect.poll(() => detailData).toContain(`/api/conversations/${id}`);
});

test('delete a conversation after confirming; it is gone', async ({ page }) => {
  // A finished call (a running one has no outcome yet): the kind an admin deletes.
  await page.goto('/conversations?outcome=success');
  const link = rows(page).first().locator('a').first();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(href!);
  await page.getByTestId('delete-conversation').click();
  await expect(page.getByText('deleted from ElevenLabs and from this dashboard for good')).toBeVisible();
  await page.getByTestId('confirm-delete').click();
  await expect(page).toHaveURL(/\/conversations(\?outcome=success)?$/);
  await expect(page.locator(`a[href="${href}"]`)).toHaveCount(0);
  await page.goto(href!);
  await expect(page.getByText('Conversation not found')).toBeVisible();
});

test('export the filtered list as CSV', async ({ page }) => {
  await page.goto('/conversations?outcome=unknown');
  await expect(rows(page).first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const download = await downloading;
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe('conversation_id,agent_id,agent_name,started_at,duration_secs,messages,status,outcome,title,summary');
  expect(lines.length).toBeGreaterThan(2);
  for (const line of lines.slice(1)) expect(line).toContain(',unknown,');
});

test('an unknown id shows a not-found page', async ({ page }) => {
  await page.goto('/conversations/conv_does_not_exist');
  await expect(page.getByText('Conversation not found')).toBeVisible();
});

test('upstream failures show a retry state that recovers', async ({ page, request }) => {
  await request.post(`${SIMULATOR}/_sim/faults`, { data: { rate500: 1, paths: '/v1/convai/conversations' } });
  await page.goto('/conversations');
  await expect(page.getByTestId('error-state')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('error-state')).toContainText('ElevenLabs is not responding');
  await request.delete(`${SIMULATOR}/_sim/faults`);
  await page.getByTestId('retry').click();
  await expect(rows(page).first()).toBeVisible();
});
