// The plan batch estimates use when the account does not name one (a key without user_read, or a
// custom tier): saved in Settings, then read by the estimate, with the rate the account pays.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, scheduleTomorrowNoon, SIMULATOR_KEY, SIMULATOR_URL } from './helpers';

test.use({ startState: { apiKey: true } });

const CSV = ['phone_number,customer_name', '+12125552671,Ada', '+12125552672,Bob', '+12125552673,Cy'].join('\n');

/** The create page with three valid rows for the Appointment reminder agent: the estimate shows. */
async function openEstimate(page: Page): Promise<void> {
  await page.goto('/batch-calls/new');
  await page.getByTestId('agent-select').selectOption({ label: 'Appointment reminder' });
  await scheduleTomorrowNoon(page);
  await page.getByTestId('recipients-file').setInputFiles({ name: 'recipients.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByTestId('preflight-summary')).toContainText('3 ready');
  await expect(page.getByTestId('batch-estimate')).toBeVisible();
}

test('the account names no plan: the estimate sends to Settings, and uses the plan and rate saved there', async ({ page, request }) => {
  // The simulator's account answers a tier no plan table knows, as custom deals do.
  const configured = await request.post(`${SIMULATOR_URL}/_sim/config`, {
    headers: { 'xi-api-key': SIMULATOR_KEY },
    data: { subscriptionTier: 'enterprise_custom' },
  });
  expect(configured.ok()).toBe(true);

  await openEstimate(page);
  await expect(page.getByTestId('plan-source')).toContainText('Your account did not say');
  await expect(page.getByTestId('estimate-cost')).toContainText('Plan not known');
  await page.getByTestId('plan-source').getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings#plan$/);

  const form = page.getByTestId('billing-plan-form');
  await form.getByTestId('billing-plan-select').selectOption('scale');
  await form.getByTestId('billing-rate-input').fill('nine cents');
  await form.getByRole('button', { name: 'Save plan' }).click();
  await expect(form.getByText('must be a price per minute in USD')).toBeVisible();
  await form.getByTestId('billing-rate-input').fill('0.09');
  await form.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByTestId('audit-log').getByRole('listitem').first()).toContainText('Plan set to Scale, $0.09/min');
  await expect(page.getByTestId('audit-log').getByRole('listitem').first()).toContainText(ADMIN.email);
  await page.reload();
  await expect(page.getByTestId('billing-plan-select')).toHaveValue('scale');
  await expect(page.getByTestId('billing-rate-input')).toHaveValue('0.09');

  await openEstimate(page);
  await expect(page.getByTestId('plan-source')).toContainText('Saved in Settings');
  await expect(page.getByTestId('plan-select')).toHaveValue('scale');
  await expect(page.getByTestId('estimate-cost')).toContainText('$0.09/min, the rate saved in Settings');
  // Scale runs 30 calls at once; a batch takes 70% of them.
  await expect(page.getByTestId('estimate-duration')).toContainText('21 calls at once');
});
