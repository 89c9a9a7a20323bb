import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { API_ROUTES } from '../kit/api-routes';
import { ROOT } from '../kit/constants';
import { SIMULATOR_KEY } from './helpers';

const WEBHOOK_SECRET = `wsec_${'5ec7e7'.repeat(10)}abcd`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test('neither secret appears in any API response, page HTML or built chunk', async ({ page }) => {
  const seen: { url: string; body: string }[] = [];
  page.on('response', async (response) => {
    const body = await response.text().catch(() => '');
    seen.push({ url: response.url(), body });
  });

  await page.goto('/settings');
  await page.getByTestId('api-key-input').fill(SIMULATOR_KEY);
  await page.getByTestId('save-api-key').click();
  await expect(page.getByTestId('api-key-hint')).toHaveText(`sk_…${SIMULATOR_KEY.slice(-4)}`);
  await page.getByTestId('webhook-secret-input').fill(WEBHOOK_SECRET);
  await page.getByTestId('save-webhook-secret').click();
  await expect(page.getByTestId('webhook-secret-hint')).toHaveText(`wsec_…${WEBHOOK_SECRET.slice(-4)}`);
  await page.getByTestId('test-connection').click();
  await expect(page.getByTestId('connection-result')).toBeVisible();

  for (const path of ['/', '/settings', '/conversations', '/agents', '/calls', '/batch-calls', '/webhooks']) {
    await page.goto(path);
    seen.push({ url: path, body: await page.content() });
  }
  for (const route of API_ROUTES.filter((r) => r.method === 'GET')) {
    const response = await page.request.get(route.path);
    seen.push({ url: route.path, body: await response.text() });
  }

  expect(seen.length).toBeGreaterThan(15);
  for (const { url, body } of seen) {
    expect(body, url).not.toContain(SIMULATOR_KEY);
    expect(body, url).not.toContain(WEBHOOK_SECRET);
  }

  const chunks = filesUnder(join(ROOT, '.vercel/output/static')).filter((file) => /\.(js|html|json)$/.test(file));
  expect(chunks.length).toBeGreaterThan(10);
  for (const file of chunks) {
    const text = readFileSync(file, 'utf8');
    expect(text.includes(SIMULATOR_KEY), file).toBe(false);
    expect(text.includes(WEBHOOK_SECRET), file).toBe(false);
  }
});
