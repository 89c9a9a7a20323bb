// Outbound calls and phone numbers in the browser, against the built worker and the simulator: a call
// placed from the form is followed to its conversation and audio (the simulator sends the signed
// webhooks to the worker), a double click places one call, a busy number shows why it failed, and an
// agent is assigned to a number and unassigned with a confirmation.
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allowNoOverrides, SIMULATOR_KEY, SIMULATOR_URL as SIMULATOR } from './helpers';

test.use({ startState: { apiKey: true, webhookSecret: true } });

async function callsSeen(request: APIRequestContext): Promise<{ received: number; placed: number }> {
  return (await request.get(`${SIMULATOR}/_sim/calls`)).json();
}

test.beforeEach(async ({ request }) => {
  // Calls ring for a third of this, then talk for the rest: quick enough to follow in a test.
  await request.post(`${SIMULATOR}/_sim/config`, { data: { callDurationMs: 1500 } });
  await allowNoOverrides(request);
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
  // This file's agents allow no overrides: each is offered disabled, naming the setting to change.
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
  // The same key sent twice at once to the worker (two tabs, a retried request): still one more call.
  const form = await request.get(`${SIMULATOR}/v1/convai/phone-numbers`, { headers: { 'xi-api-key': SIMULATOR_KEY } });
  const twilio = ((await form.json()) as { phone_number_id: string; provider: string }[]).find((n) => n.provider === 'twilio')!;
  const agents = (await (await request.get('/api/agents')).json()) as { agents: { agent_id: string }[] };
  const body = { idempotency_key: `e2e-${Date.now()}`, agent_id: agents.agents[0]!.agent_id, from_phone_number_id: twilio.phone_number_id, to_number: '+14155550178' };
  const [one, two] = await Promise.all([request.post('/api/calls', { data: body }), request.post('/api/calls', { data: body })]);
  expect([one.status(), two.status()]).toEqual([200, 200]);
  expect((await one.json()).call.call_id).toBe((await two.json()).call.call_id);
  expect((await callsSeen(request)).placed).toBe(before.placed + 2);
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
  const row = page.getByTestId('phone-number-row').filter({ hasText: 'UK sales trunk' });
  await expect(row).toBeVisible();
  // The seed's sales agent speaks PCM 16 kHz, not μ-law 8000: the warning links to the agent editor.
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

/** One call placed through the worker's API, so the list has a row whatever ran before. */
async function placeOneCall(request: APIRequestContext) {
  const numbers = (await (await request.get('/api/phone-numbers')).json()) as { phone_numbers: { phone_number_id: string; can_call_out: boolean }[] };
  const agents = (await (await request.get('/api/agents')).json()) as { agents: { agent_id: string }[] };
  const body = { idempotency_key: `e2e-a11y-${Date.now()}`, agent_id: agents.agents[0]!.agent_id, from_phone_number_id: numbers.phone_numbers.find((n) => n.can_call_out)!.phone_number_id, to_number: '+14155550179' };
  expect((await request.post('/api/calls', { data: body })).status()).toBe(200);
}

// With data on the page: no serious accessibility violations, no sideways scrolling.
for (const [path, ready] of [
  ['/calls', 'call-row'],
  ['/phone-numbers', 'phone-number-row'],
] as const) {
  test(`${path} is accessible and fits the viewport`, async ({ page, request }) => {
    if (path === '/calls') await placeOneCall(request);
    await page.goto(path);
    await expect(page.getByTestId(ready).first()).toBeVisible();
    await expect(page.getByTestId('loading')).toHaveCount(0);
    if (path === '/calls') {
      // The form with an agent chosen: its variables and overrides are on the page too.
      await page.getByTestId('call-agent').selectOption({ index: 1 });
      await expect(page.getByTestId('call-overrides')).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  });
}
