import { expect, test } from './fixtures';
import { ADMIN, SIMULATOR_KEY } from './helpers';

// No key and no secret: each test saves what it needs, whatever the one before it left.

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

test('a valid key: saved masked, "Test connection" says connected, the change log names who; the data pages stop asking', async ({ page }) => {
  const hint = `sk_…${SIMULATOR_KEY.slice(-4)}`;
  await page.goto('/settings');
  await page.getByTestId('api-key-input').fill(SIMULATOR_KEY);
  await page.getByTestId('save-api-key').click();
  await expect(page.getByTestId('api-key-hint')).toHaveText(hint);
  await expect(page.getByText(`by ${ADMIN.email}`).first()).toBeVisible();
  await expect(page.getByTestId('api-key-input')).toHaveValue('');

  await page.getByTestId('test-connection').click();
  await expect(page.getByTestId('connection-result')).toHaveText('Connected. Plan: pro.');
  await expect(page.getByTestId('connection-result')).toHaveAttribute('data-status', 'valid');

  const newest = page.getByTestId('audit-log').getByRole('listitem').first();
  await expect(newest).toContainText('ElevenLabs API key replaced');
  await expect(newest).toContainText(ADMIN.email);

  await page.reload();
  await expect(page.getByTestId('api-key-hint')).toHaveText(hint);
  await expect(page.locator('body')).not.toContainText(SIMULATOR_KEY);

  await page.goto('/conversations');
  await expect(page.getByRole('heading', { name: 'Conversations' })).toBeVisible();
  await expect(page.locator('[data-testid="conversation-row"], [data-testid="conversation-card"]').filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByTestId('connect-account')).toHaveCount(0);
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
  // A rotation asks first.
  await page.getByTestId('confirm-rotate-webhook-secret').click();
  await expect(page.getByTestId('webhook-secret-hint')).toHaveText(`wsec_…${second.slice(-4)}`);
  await expect(page.getByText('The previous secret is still accepted until')).toBeVisible();
  await expect(page.getByTestId('audit-log')).toContainText('Webhook secret rotated');
});
