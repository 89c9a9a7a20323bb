import { expect, test } from './fixtures';
import { SIMULATOR_KEY } from './helpers';

// Starts with no key and no secret (empty KV); the tests run in order, and the last two count on the key saved before them.

const WRONG_KEY = 'sk_wrongwrongwrongwrongwrongwrong0000';

test('a data page asks to connect the account while the key is wrong or missing, settings link there', async ({ page }) => {
  await page.goto('/settings');
  await page.getByTestId('api-key-input').fill(WRONG_KEY);
  await page.getByTestId('save-api-key').click();
  await expect(page.getByTestId('api-key-hint')).toHaveText('sk_…0000');
  await page.getByTestId('test-connection').click();
  await expect(page.getByTestId('connection-result')).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByTestId('connection-result')).toContainText('rejected');

  // A data page says what is wrong and links to where it is fixed, instead of only offering a retry.
  await page.goto('/conversations');
  await expect(page.getByTestId('error-state')).toContainText('ElevenLabs rejected the saved API key');
  await page.getByTestId('error-open-settings').click();
  await expect(page).toHaveURL(/\/settings$/);
});

test('set the API key, see it masked, test the connection', async ({ page }) => {
  await page.goto('/settings');
  await page.getByTestId('api-key-input').fill(SIMULATOR_KEY);
  await page.getByTestId('save-api-key').click();
  await expect(page.getByTestId('api-key-hint')).toHaveText(`sk_…${SIMULATOR_KEY.slice(-4)}`);
  await expect(page.getByTestId('api-key-input')).toHaveValue('');
  await page.getByTestId('test-connection').click();
  await expect(page.getByTestId('connection-result')).toHaveAttribute('data-status', 'valid');
  await expect(page.getByTestId('audit-log')).toContainText('ElevenLabs API key replaced');
  await page.reload();
  await expect(page.getByTestId('api-key-hint')).toHaveText(`sk_…${SIMULATOR_KEY.slice(-4)}`);
  await expect(page.locator('body')).not.toContainText(SIMULATOR_KEY);
});

test('bad input gets a message on the field', async ({ page }) => {
  await page.goto('/settings');
  await page.getByTestId('api-key-input').fill('short');
  await page.getByTestId('save-api-key').click();
  await expect(page.getByText('The API key looks too short')).toBeVisible();
});

test('generate, then rotate the webhook secret', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByTestId('webhook-url')).toHaveText(/\/api\/webhooks\/elevenlabs$/);
  await page.getByTestId('generate-webhook-secret').click();
  const first = await page.getByTestId('webhook-secret-input').inputValue();
  expect(first).toMatch(/^wsec_[0-9a-f]{64}$/);
  await page.getByTestId('save-webhook-secret').click();
  await expect(page.getByTestId('webhook-secret-hint')).toHaveText(`wsec_…${first.slice(-4)}`);

  await page.getByTestId('generate-webhook-secret').click();
  const second = await page.getByTestId('webhook-secret-input').inputValue();
  expect(second).not.toBe(first);
  await page.getByRole('button', { name: 'Rotate secret' }).click();
  await expect(page.getByTestId('webhook-secret-hint')).toHaveText(`wsec_…${second.slice(-4)}`);
  await expect(page.getByText('The previous secret is still accepted until')).toBeVisible();
  await expect(page.getByTestId('audit-log')).toContainText('Webhook secret rotated');
});

test('with a valid key the data pages no longer ask to connect', async ({ page }) => {
  await page.goto('/conversations');
  await expect(page.getByRole('heading', { name: 'Conversations' })).toBeVisible();
  await expect(page.getByTestId('connect-account')).toHaveCount(0);
});

test('the layout fits the viewport without horizontal scrolling', async ({ page }) => {
  for (const path of ['/', '/settings', '/conversations']) {
    await page.goto(path);
    await expect(page.getByRole('heading').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
