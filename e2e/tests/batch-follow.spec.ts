// Following batch calls: watch one run to the end without reloading, cancel one, retry its failed and
// unanswered recipients, export the results, and filter the list. Batches are submitted straight to
// the simulator (the create page has its own spec), with fast timings.
import type { APIRequestContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { SIMULATOR_KEY, SIMULATOR_URL as SIMULATOR } from './helpers';

test.use({ startState: { apiKey: true, webhookSecret: true } });

const headers = { 'xi-api-key': SIMULATOR_KEY, 'content-type': 'application/json' };

test.beforeEach(async ({ request }) => {
  await request.post(`${SIMULATOR}/_sim/batches/config`, { data: { dispatchMs: 200, ringMs: 200, callMs: 600, tickMs: 100 } });
});

async function submit(request: APIRequestContext, name: string, phoneNumbers: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const agents = (await (await request.get(`${SIMULATOR}/v1/convai/agents?page_size=100`, { headers })).json()).agents;
  const phones = await (await request.get(`${SIMULATOR}/v1/convai/phone-numbers`, { headers })).json();
  const response = await request.post(`${SIMULATOR}/v1/convai/batch-calling/submit`, {
    headers,
    data: {
      call_name: name,
      agent_id: agents[0].agent_id,
      agent_phone_number_id: phones[0].phone_number_id,
      recipients: phoneNumbers.map((phone_number, i) => ({ phone_number, conversation_initiation_client_data: { dynamic_variables: { customer_name: `Customer ${i}` } } })),
      ...extra,
    },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()).id;
}

const later = () => Math.floor(Date.now() / 1000) + 3600;
const unique = (prefix: string) => `${prefix} ${test.info().project.name} ${Date.now().toString(36)}`;

async function simulatorBatch(request: APIRequestContext, id: string): Promise<{ status: string; recipients: { status: string }[] }> {
  return (await request.get(`${SIMULATOR}/v1/convai/batch-calling/${id}`, { headers })).json();
}

function batchStatus(page: Page) {
  return page.getByTestId('batch-status').first();
}

test('a running batch shows its progress until it finishes, without a reload', async ({ page, request }) => {
  const id = await submit(request, unique('Watch'), ['+14155553001', '+14155553002', '+14155553003', '+14155553004'], { scheduled_time_unix: later(), target_concurrency_limit: 2 });
  await page.goto(`/batch-calls/${id}`);
  await expect(batchStatus(page)).toHaveAttribute('data-status', 'pending');
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-finished', '0');
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });

  await request.post(`${SIMULATOR}/_sim/batches/${id}/start`);
  await expect(batchStatus(page)).not.toHaveAttribute('data-status', 'pending');
  await expect(batchStatus(page)).toHaveAttribute('data-status', /completed|failed/, { timeout: 20_000 });
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-finished', '4');
  await expect(page.getByTestId('batch-progress-text')).toContainText('4 finished · 4 dispatched · 4 scheduled');
  expect(navigations).toBe(0);
  // Every answered call links to its conversation.
  await expect(page.getByTestId('recipient-conversation').first()).toHaveAttribute('href', /^\/conversations\/conv_/);
});

test('cancel a scheduled batch: the confirmation says how many recipients it stops', async ({ page, request }) => {
  const id = await submit(request, unique('Cancel'), ['+14155553101', '+14155553102', '+14155553103'], { scheduled_time_unix: later() });
  await page.goto(`/batch-calls/${id}`);
  await page.getByTestId('cancel-batch').click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('3 recipients not called yet will not be called');
  await dialog.getByRole('button', { name: 'Keep it running' }).click();
  await expect(dialog).toBeHidden();
  expect((await simulatorBatch(request, id)).status).toBe('pending');

  await page.getByTestId('cancel-batch').click();
  await page.getByTestId('confirm-cancel').click();
  await expect(batchStatus(page)).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByTestId('cancel-batch')).toBeHidden();
  await page.getByTestId('recipient-status-filter').selectOption({ label: 'Cancelled (3)' });
  await expect(page.getByTestId('recipients-count')).toContainText('3 of 3');
  expect((await simulatorBatch(request, id)).recipients.map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
});

test('retry failed and unanswered recipients, then export the results as CSV', async ({ page, request }) => {
  const numbers = ['+14155550000', '+14155559999', '+14155553201', '+14155553202'];
  const id = await submit(request, unique('Retry'), numbers);
  await expect.poll(async () => (await simulatorBatch(request, id)).status, { timeout: 20_000 }).toMatch(/completed|failed/);
  const before = await simulatorBatch(request, id);
  const retryable = before.recipients.filter((r) => r.status === 'failed' || r.status === 'voicemail').length;
  expect(retryable).toBeGreaterThanOrEqual(2);

  await page.goto(`/batch-calls/${id}`);
  await page.getByTestId('recipient-status-filter').selectOption({ value: 'failed' });
  await expect(page.getByTestId('recipient-row').filter({ visible: true }).first()).toHaveAttribute('data-status', 'failed');
  await page.getByTestId('recipient-status-filter').selectOption({ value: '' });

  await page.getByTestId('retry-batch').click();
  await expect(page.getByRole('alertdialog')).toContainText(`${retryable} recipients (failed or reached voicemail) will be called again`);
  await page.getByTestId('confirm-retry').click();
  await expect(page.getByRole('alertdialog')).toBeHidden();
  // The run itself may be over before a screen shows it running: the retry count says it happened.
  await expect(page.getByText('Retries', { exact: true }).locator('..')).toContainText('1');
  await expect(batchStatus(page)).toHaveAttribute('data-status', /completed|failed/, { timeout: 20_000 });
  expect((await simulatorBatch(request, id)).status).toMatch(/completed|failed/);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-batch').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`batch-${id}.csv`);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const [header, ...rows] = Papa.parse<string[]>(text.trim()).data;
  expect(header!.slice(0, 6)).toEqual(['recipient_id', 'phone_number', 'status', 'conversation_id', 'call_status', 'outcome']);
  expect(header).toContain('var:customer_name');
  expect(header!.some((name) => name.startsWith('evaluation:'))).toBe(true);
  expect(header!.some((name) => name.startsWith('data:'))).toBe(true);
  expect(rows.map((row) => row[1]).sort()).toEqual(numbers.map((n) => `'${n}`).sort());
  const busy = rows.find((row) => row[1] === "'+14155550000")!;
  expect(busy[2]).toBe('failed');
});

function listItems(page: Page) {
  return page.locator('[data-testid="batch-row"], [data-testid="batch-card"]').filter({ visible: true });
}

test('the list filters by status and agent, in the URL; no match shows the way to a new batch', async ({ page, request }) => {
  await submit(request, unique('Listed'), ['+14155553301'], { scheduled_time_unix: later() });
  await page.goto('/batch-calls');
  await expect(listItems(page).first()).toBeVisible();
  await page.getByTestId('filter-status').selectOption({ value: 'pending' });
  await expect(page).toHaveURL(/status=pending/);
  await expect.poll(() => listItems(page).evaluateAll((items) => [...new Set(items.map((item) => item.getAttribute('data-status')))])).toEqual(['pending']);

  const agentId = (await (await request.get(`${SIMULATOR}/v1/convai/agents?page_size=100`, { headers })).json()).agents[0].agent_id;
  // Two changes in a row, the second before the first has navigated: both apply.
  await page.getByTestId('filter-status').selectOption({ value: '' });
  await page.getByTestId('filter-agent').selectOption({ value: agentId });
  await expect(page).toHaveURL(new RegExp(`agent=${agentId}`));
  await expect(page).not.toHaveURL(/status=/);
  await expect.poll(() => listItems(page).evaluateAll((items) => [...new Set(items.map((item) => item.getAttribute('data-agent')))])).toEqual([agentId]);

  await page.goto(`/batch-calls?agent=${agentId}&status=failed`);
  await expect(page.getByTestId('empty-state')).toContainText('No batches match these filters');
  await expect(page.getByTestId('empty-new-batch')).toHaveAttribute('href', '/batch-calls/new');
  await expect(page.getByTestId('filter-status')).toHaveValue('failed');
});

test('the list and a detail have no serious accessibility violations', async ({ page, request }) => {
  // Two pages through axe: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const id = await submit(request, unique('Axe'), ['+14155553401', '+14155550000'], { scheduled_time_unix: later() });
  for (const path of ['/batch-calls', `/batch-calls/${id}`]) {
    await page.goto(path);
    await expect(page.locator('[data-testid="batch-row"], [data-testid="batch-card"], [data-testid="recipient-row"]').filter({ visible: true }).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }
});
