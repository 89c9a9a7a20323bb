// Outbound calls and phone numbers in the browser, against the built worker and the simulator: a call
// placed from the form is followed to its conversation and audio (the simulator sends the signed
// webhooks to the worker), a double click places one call, a busy number shows why it failed, and an
// agent is assigned to a number and unassigned with a confirmation.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SIMULATOR_URL as SIMULATOR } from './helpers';

test.use({ startState: { apiKey: true, webhookSecret: true } });

async function callsSeen(request: APIRequestContext): Promise<{ received: number; placed: number }> {
  return (await request.get(`${SIMULATOR}/_sim/calls`)).json();
}

test.beforeEach(async ({ request }) => {
  // Calls ring for a third of this, then talk for the rest: quick enough to follow in a test.
  await request.post(`${SIMULATOR}/_sim/config`, { data: { callDurationMs: 1500 } });
});

/** Fills the form for a call from the seed's first Twilio number (Clinic line) to `to`. */
async function fillCall(page: Page, to: string) {
  await page.goto('/calls');
  const form = page.getByTestId('call-form');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('call-agent').locator('option')).not.toHaveCount(1);
  await page.getByTestId('call-agent').selectOption({ index: 1 });
  await expect(page.getByTestId('call-from').locator('option', { hasText: 'Clinic line' })).toHaveCount(1);
  await page.getByTestId('call-from').selectOption({ label: (await page.getByTestId('call-from').locator('option', { hasText: 'Clinic line' }).textContent())! });
  await page.getByTestId('call-to').fill(to);
}

test('a call placed from the form is followed to its conversation and audio', async ({ page, request }) => {
  await fillCall(page, '');
  // Typed without the country code: read in the chosen country and formatted as typed.
  await page.getByTestId('call-country').selectOption('US');
  await page.getByTestId('call-to').pressSequentially('4155550142');
  await expect(page.getByTestId('call-to')).toHaveValue('(415) 555-0142');
  // The seed's agents allow no overrides: each is offered disabled, naming the setting to change.
  await expect(page.getByTestId('override-language')).toBeDisabled();
  await expect(page.getByTestId('override-language-disabled')).toContainText('Overrides → Language');
  await expect(page.getByTestId('twilio-options')).toBeVisible();

  await page.getByTestId('place-call').click();
  const row = page.getByTestId('call-row').first();
  await expect(row).toContainText('+14155550142');
  await expect(row).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(row.getByTestId('call-audio')).toBeVisible();
  const audioHref = await row.getByTestId('call-audio').getAttribute('href');
  expect((await request.get(audioHref!, { headers: { range: 'bytes=0-99' } })).status()).toBe(206);

  await row.getByTestId('call-conversation').click();
  await expect(page).toHaveURL(/\/conversations\/conv_/);
  await expect(page.getByTestId('audio-toggle')).toBeVisible();
});

test('a double click places one call', async ({ page, request }) => {
  await fillCall(page, '+14155550177');
  const before = await callsSeen(request);
  await page.getByTestId('place-call').dblclick();
  await expect(page.getByTestId('call-row').filter({ hasText: '+14155550177' })).toHaveCount(1);
  await expect(page.getByTestId('place-call')).toBeEnabled();
  const after = await callsSeen(request);
  expect(after.placed).toBe(before.placed + 1);
  // Resubmitting the unchanged form is the same call again: still one.
  await page.getByTestId('place-call').click();
  await expect(page.getByTestId('place-call')).toBeEnabled();
  expect((await callsSeen(request)).placed).toBe(before.placed + 1);
});

test('a busy number shows why the call failed', async ({ page }) => {
  await fillCall(page, '+14155550000');
  await page.getByTestId('place-call').click();
  const row = page.getByTestId('call-row').filter({ hasText: '+14155550000' }).first();
  await expect(row).toHaveAttribute('data-status', 'failed', { timeout: 20_000 });
  await expect(row.getByTestId('call-failure-reason')).toContainText(/busy/i);
});

test('an agent is assigned to a number, and unassigned after a confirmation', async ({ page }) => {
  await page.goto('/phone-numbers');
  const row = page.getByTestId('phone-number-row').filter({ hasText: 'Support line' });
  await expect(row).toBeVisible();
  // The seed's agents speak PCM 16 kHz, not μ-law 8000: the warning links to the agent editor.
  await expect(row.getByTestId('telephony-warning')).toBeVisible();
  await expect(row.getByTestId('telephony-fix')).toHaveAttribute('href', /^\/agents\/agent_/);

  const select = row.getByTestId('assign-select');
  await expect(select.locator('option')).not.toHaveCount(1);
  const name = (await select.locator('option').nth(1).textContent())!;
  await select.selectOption({ index: 1 });
  await row.getByTestId('assign-agent').click();
  await expect(row.getByTestId('assigned-agent')).toHaveText(`Agent: ${name}`);

  await row.getByTestId('unassign-agent').click();
  await page.getByTestId('confirm-unassign').click();
  await expect(row.getByTestId('assigned-agent')).toHaveText('No agent assigned');
});
