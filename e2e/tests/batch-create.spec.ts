// Creating a batch: a CSV with mistakes is read and checked in the browser, fixed in place and
// trimmed, the estimate shows, the batch is scheduled and submitted once; a wrong file is refused.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { allowNoOverrides, scheduleTomorrowNoon, SIMULATOR_KEY, SIMULATOR_URL } from './helpers';

test.use({ startState: { apiKey: true, webhookSecret: true } });
test.beforeEach(({ request }) => allowNoOverrides(request));

const CSV = [
  'phone_number,customer_name,visits,language',
  '+12125552671,Ada,3,',
  '12345,Bob,1,',
  '(212) 555-2671,Cy,2,',
  '+5511987654321,Dee,4,pt',
  '"(646) 555-0142",Eve,5,',
].join('\n');

test('a file that is not CSV or XLSX gets a clear message', async ({ page }) => {
  await page.goto('/batch-calls/new');
  await page.getByTestId('recipients-file').setInputFiles({ name: 'recipients.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(page.getByTestId('recipients-error')).toContainText('recipients.pdf is not a CSV or XLSX file');
});

test('upload a CSV with errors, fix and drop rows, see the estimate, schedule and submit once', async ({ page, request }, testInfo) => {
  // Many steps, and axe over a page with a 400-zone select: more than the default 30 s on a slow machine.
  test.setTimeout(120_000);
  const name = `Reminders ${testInfo.project.name} ${Date.now()}`;
  await page.goto('/batch-calls/new');
  await page.getByLabel('Name').fill(name);
  await page.getByTestId('agent-select').selectOption({ label: 'Appointment reminder' });
  await expect(page.getByTestId('from-number-select')).toHaveValue(/.+/);

  await scheduleTomorrowNoon(page);

  await page.getByTestId('recipients-file').setInputFiles({ name: 'recipients.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const summary = page.getByTestId('preflight-summary');
  await expect(summary).toContainText('5 rows');
  await expect(summary).toContainText('2 ready');
  await expect(summary).toContainText('3 with errors');
  // The agent allows no overrides: the language column is named with the setting to change.
  await expect(page.getByTestId('file-issue')).toContainText('Overrides → Language');
  await expect(page.locator('[data-line="3"]').getByTestId('row-problems')).toContainText('12345 is not a valid phone number');
  await expect(page.locator('[data-line="4"]').getByTestId('row-problems')).toContainText('+12125552671 is also on line 2');
  await expect(page.locator('[data-line="5"]').getByTestId('row-problems')).toContainText('Time zone unknown');

  // The page with the table and its problems shown passes axe.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

  // Fix line 3 in place; drop the duplicate on line 4; remove the language column.
  await page.getByRole('button', { name: 'Edit phone_number on line 3: 12345' }).click();
  const cell = page.getByLabel('phone_number, line 3');
  await cell.fill('(212) 555-2673');
  await cell.press('Enter');
  await page.getByRole('button', { name: 'Drop line 4' }).click();
  await page.getByRole('button', { name: 'Remove the language column' }).click();
  await expect(summary).toContainText('4 rows');
  await expect(summary).toContainText('4 ready');
  await expect(summary).toContainText('0 with errors');
  await expect(page.getByTestId('file-issue')).toHaveCount(0);

  // 4 calls; the simulator's account is on Pro, whose rate this dashboard does not know.
  const estimate = page.getByTestId('batch-estimate');
  await expect(estimate).toContainText('Read from your account (pro)');
  await expect(page.getByTestId('estimate-minutes')).toContainText('min');
  await expect(page.getByTestId('estimate-cost')).toContainText('Rate not known for the Pro plan');
  await expect(page.getByTestId('estimate-duration')).toContainText('14 calls at once');
  await page.getByTestId('plan-select').selectOption('business');
  await expect(page.getByTestId('estimate-cost')).toContainText('$0.08/min');

  // A test call to one row, through the outbound-call route: pressed twice, dialled once.
  const callsBefore = await (await request.get(`${SIMULATOR_URL}/_sim/calls`)).json();
  const testCall = page.getByRole('button', { name: 'Test call', exact: true });
  await testCall.click();
  await expect(page.getByRole('button', { name: 'Test call placed' })).toBeDisabled();
  const callsAfter = await (await request.get(`${SIMULATOR_URL}/_sim/calls`)).json();
  expect(callsAfter.received - callsBefore.received).toBe(1);

  const submit = page.getByTestId('submit-batch');
  await expect(submit).toHaveText(/Schedule 4 calls/);
  await submit.click();
  await expect(page).toHaveURL(/\/batch-calls\/btcal_/);

  const list = await (await request.get(`${SIMULATOR_URL}/v1/convai/batch-calling/workspace?limit=100`, { headers: { 'xi-api-key': SIMULATOR_KEY } })).json();
  const made = list.batch_calls.filter((b: { name: string }) => b.name === name);
  expect(made).toHaveLength(1);
  expect(made[0].total_calls_scheduled).toBe(4);
  expect(made[0].scheduled_time_unix).toBeGreaterThan(Date.now() / 1000);
  const detail = await (await request.get(`${SIMULATOR_URL}/v1/convai/batch-calling/${made[0].id}`, { headers: { 'xi-api-key': SIMULATOR_KEY } })).json();
  expect(detail.recipients.map((r: { phone_number: string }) => r.phone_number)).toEqual(['+12125552671', '+12125552673', '+5511987654321', '+16465550142']);
  expect(detail.recipients[0].conversation_initiation_client_data.dynamic_variables).toEqual({ customer_name: 'Ada', visits: 3 });
});
