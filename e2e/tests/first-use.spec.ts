// Issue 11, as a new user meets the dashboard: the filters' suggestions, the 404 page, a call that
// never connected, a call still going on, the setup checklist with a rejected key, the webhook
// secret's copy and rotation, and the small things (favicon, titles, labels, a phone's layout).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, openNavIfCollapsed, SIMULATOR_KEY, SIMULATOR_URL as SIMULATOR, simulatorConversation } from './helpers';

test.use({ startState: { apiKey: true, webhookSecret: true } });

/**
 * Console errors and uncaught exceptions on the page from now on. `expectedStatusOf`: a page answered
 * with an error status on purpose (the 404), whose own "Failed to load resource" line is not a fault.
 */
function consoleErrors(page: Page, expectedStatusOf?: string): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (expectedStatusOf && message.location().url.endsWith(expectedStatusOf) && message.text().startsWith('Failed to load resource')) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const simulatorHeaders = { 'xi-api-key': SIMULATOR_KEY };

test('"More filters" offers the ids the agents define, and the id inputs check their pattern without a console error', async ({ page }) => {
  const errors = consoleErrors(page);
  await page.goto('/conversations');
  await page.getByTestId('more-filters-toggle').click();
  await page.getByRole('button', { name: 'Add criterion' }).click();
  await page.getByRole('button', { name: 'Add field' }).click();

  const criterion = page.getByLabel('Criterion ID 1');
  const criteria = page.locator(`datalist#${await criterion.getAttribute('list')} option`);
  await expect(criteria.first()).toBeAttached();
  expect(await criteria.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(expect.arrayContaining(['demo_booked', 'attendance_confirmed']));
  const field = page.getByLabel('Field ID 1');
  const fields = page.locator(`datalist#${await field.getAttribute('list')} option`);
  expect(await fields.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toContain('preferred_time');
  await expect(page.getByTestId('more-filters')).toContainText('an empty value finds calls where the field was not collected');
  await expect(page.getByLabel('Value 1')).not.toHaveAttribute('placeholder', /empty: not collected/);

  // The pattern compiles (an invalid one is ignored by the browser, so "two words" passed).
  await criterion.fill('two words');
  expect(await criterion.evaluate((input: HTMLInputElement) => input.checkValidity())).toBe(false);
  await criterion.fill('demo_booked');
  expect(await criterion.evaluate((input: HTMLInputElement) => input.checkValidity())).toBe(true);

  // Monospace ids keep their underscores: the line box is tall enough for the glyphs' descent.
  const box = await field.evaluate((input) => {
    const style = getComputedStyle(input);
    const content = input.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return { lineHeight: parseFloat(style.lineHeight), fontSize: parseFloat(style.fontSize), content };
  });
  expect(box.lineHeight / box.fontSize).toBeGreaterThanOrEqual(1.5);
  expect(box.lineHeight).toBeLessThanOrEqual(box.content + 0.5);
  expect(errors).toEqual([]);
});

test('an unknown address shows the 404 page in the app shell, titled, themed, without console errors', async ({ page }) => {
  const errors = consoleErrors(page, '/no-such-page');
  await page.emulateMedia({ colorScheme: 'dark' });
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Voicedesk');
  // The shell: navigation and the signed-in user.
  await openNavIfCollapsed(page);
  await expect(page.getByTestId('user-menu').filter({ visible: true })).toBeVisible();
  // Dark mode follows the system here as on every other page.
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  await page.keyboard.press('Escape');
  // The links work (client-side navigation needs the scripts the CSP used to block).
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  expect(errors).toEqual([]);

  // An API address without a route answers in the API's error shape.
  const api = await page.request.get('/api/no-such-route');
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe('not_found');
});

test('a call that never connected shows its failure in the delivery viewer and on its conversation page', async ({ page, request }) => {
  const id = await simulatorConversation(request, (c) => c.status === 'failed');
  const detail = await (await request.get(`${SIMULATOR}/v1/convai/conversations/${id}`, { headers: simulatorHeaders })).json();
  const number: string = detail.metadata.phone_call.external_number;
  const sent = await (await request.post(`${SIMULATOR}/_sim/webhooks/send`, { data: { type: 'call_initiation_failure', conversation_id: id } })).json();
  expect(sent.delivery.status).toBe(200);
  // ElevenLabs may keep no conversation for a call that never connected.
  expect((await request.delete(`${SIMULATOR}/v1/convai/conversations/${id}`, { headers: simulatorHeaders })).ok()).toBe(true);

  await page.goto('/webhooks');
  await page.getByTestId('delivery-open').filter({ visible: true }).first().click();
  const viewer = page.getByTestId('delivery-viewer');
  await expect(viewer.getByTestId('call-failure')).toBeVisible();
  await expect(viewer.getByTestId('call-failure-reason')).toHaveText('The line was busy');
  await expect(viewer.getByTestId('call-failure-number-called')).toHaveText(number);
  await expect(viewer.getByTestId('call-failure-agent')).toContainText(detail.agent_name);
  await page.keyboard.press('Escape');

  await page.goto(`/conversations/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'The call failed to connect' })).toBeVisible();
  await expect(page.getByTestId('call-failure-number-called')).toHaveText(number);
  await expect(page.getByText('Conversation not found')).toHaveCount(0);
});

test('a call in progress says so and its page follows it until it ends', async ({ page, request }) => {
  const id = await simulatorConversation(request, (c) => c.status === 'in-progress');
  await page.goto(`/conversations/${id}`);
  await expect(page.getByTestId('conversation-title')).toHaveText('Call in progress');
  await expect(page.getByTestId('live-notice')).toContainText('This call is in progress');
  await expect(page.getByTestId('no-transcript')).toHaveText('The transcript appears when the call ends.');
  await expect(page).toHaveTitle('Call in progress · Voicedesk');

  // The seed's live calls end now, as a real one would after a while; the open page notices by itself.
  await request.post(`${SIMULATOR}/_sim/config`, { data: { seededCallSecs: 0 } });
  await expect(page.getByTestId('live-notice')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('conversation-title')).not.toHaveText('Call in progress');
  await expect(page.getByTestId('transcript-turn').first()).toBeVisible();
});

test('a finished conversation: its title in the tab, a labelled outcome, the recording named like the transcripts, no turn lit before playing', async ({ page, request }) => {
  const id = await simulatorConversation(request, (c) => c.status === 'done' && c.has_audio);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/conversations/${id}`);
  const title = (await page.getByTestId('conversation-title').textContent())!;
  expect(title).not.toBe('Conversation');
  await expect(page).toHaveTitle(`${title} · Voicedesk`);
  await expect(page.getByTestId('outcome-badge')).toHaveText(/^Outcome: (successful|unsuccessful|unknown)$/);
  await expect(page.getByTestId('audio-download')).toHaveAttribute('download', `recording-${id}.mp3`);
  await expect(page.getByTestId('transcript-turn').first()).toBeVisible();
  await expect(page.locator('[data-testid="transcript-turn"][data-active="true"]')).toHaveCount(0);
  // The seek bar is drawn with the theme's colours, not the browser's light track.
  const seek = await page.getByTestId('audio-seek').evaluate((input) => ({ appearance: getComputedStyle(input).appearance, image: getComputedStyle(input).backgroundImage }));
  expect(seek.appearance).toBe('none');
  expect(seek.image).toContain('linear-gradient');

  await page.getByTestId('delete-conversation').click();
  await expect(page.getByRole('alertdialog')).toContainText('transcript, audio recording and analysis');
  await page.getByRole('button', { name: 'Keep it' }).click();

  const silent = await simulatorConversation(request, (c) => c.status === 'done' && !c.has_audio);
  await page.goto(`/conversations/${silent}`);
  await page.getByTestId('delete-conversation').click();
  await expect(page.getByRole('alertdialog')).toContainText('Its transcript and analysis are deleted');
  await expect(page.getByRole('alertdialog')).not.toContainText('recording');
});

test('the setup checklist ticks the key only while ElevenLabs accepts it', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByTestId('setup-api-key')).toHaveAttribute('data-state', 'done');
  try {
    // The saved key is revoked upstream.
    await request.post(`${SIMULATOR}/_sim/config`, { data: { apiKey: 'sk_rotated_elsewhere_0123456789abcdef' } });
    await page.reload();
    await expect(page.getByTestId('setup-api-key')).toHaveAttribute('data-state', 'failed');
    await expect(page.getByTestId('setup-api-key')).toContainText('replace it in Settings');
    await expect(page.getByTestId('setup-webhook-secret')).toHaveAttribute('data-state', 'done');

    // On Settings, the card's own test does not send the reader to Settings.
    await page.goto('/settings');
    await page.getByTestId('test-connection').click();
    await expect(page.getByTestId('connection-result')).toHaveAttribute('data-status', 'invalid');
    await expect(page.getByTestId('connection-result')).not.toContainText('in Settings');
  } finally {
    await request.post(`${SIMULATOR}/_sim/config`, { data: { apiKey: SIMULATOR_KEY } });
  }
});

test('a generated webhook secret can be copied, and rotating asks first', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/settings');
  const hint = await page.getByTestId('webhook-secret-hint').textContent();
  await page.getByTestId('generate-webhook-secret').click();
  const secret = await page.getByTestId('webhook-secret-input').inputValue();
  await page.getByTestId('copy-webhook-secret').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  await page.getByTestId('save-webhook-secret').click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Rotate the webhook secret?');
  await page.getByRole('button', { name: 'Keep the current secret' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('webhook-secret-hint')).toHaveText(hint!);

  await page.getByTestId('save-webhook-secret').click();
  await page.getByTestId('confirm-rotate-webhook-secret').click();
  await expect(page.getByTestId('webhook-secret-hint')).toHaveText(`wsec_…${secret.slice(-4)}`);
});

test('small things: favicon, the webhooks page in one style with the allowlist in Settings only, nothing cut off on a phone', async ({ page }) => {
  await page.goto('/webhooks');
  const icon = page.locator('link[rel="icon"]');
  const href = await icon.first().getAttribute('href');
  expect(href).toContain('/icon.svg');
  const favicon = await page.request.get(href!);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toContain('image/svg+xml');

  // One allowlist form, in Settings; this page says its state and links there.
  await expect(page.getByTestId('webhooks-allowlist-state')).toBeVisible();
  await expect(page.getByTestId('ip-allowlist-switch')).toHaveCount(0);
  await expect(page.getByTestId('webhooks-allowlist-settings')).toHaveAttribute('href', '/settings#ip-allowlist');
  const stats = page.getByTestId('webhooks-stat');
  await expect(stats).toHaveCount(3);
  expect(new Set(await stats.evaluateAll((elements) => elements.map((element) => element.className))).size).toBe(1);

  // Wrapped, not cut: the alert's title and the URL show whole.
  for (const testId of ['webhooks-alert-title', 'webhooks-url']) {
    const cut = await page.getByTestId(testId).evaluate((element) => element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight + 1);
    expect(cut, `${testId} is cut off`).toBe(false);
  }

  // The sidebar's email, cut when long, can be read whole.
  await openNavIfCollapsed(page);
  await expect(page.getByTestId('user-menu').filter({ visible: true }).locator('[title]')).toHaveAttribute('title', ADMIN.email);

  // The date inputs keep room for their calendar button.
  await page.goto('/conversations');
  for (const label of ['From date', 'To date']) {
    const width = (await page.getByLabel(label).boundingBox())!.width;
    expect(width, `${label} is too narrow for its date and button`).toBeGreaterThanOrEqual(136);
  }
});
