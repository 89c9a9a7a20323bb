// Each page fits its viewport (a 390 px phone in the mobile project) without sideways scrolling,
// with data on it: long ids, tables and the delivery log are what would push it wider.
import { expect, test } from './fixtures';
import { SIMULATOR_URL } from './helpers';

test.use({ startState: { apiKey: true, webhookSecret: true } });

test('the pages fit the viewport without horizontal scrolling', async ({ page, request }) => {
  for (const type of ['post_call_transcription', 'post_call_audio']) {
    const sent = await (await request.post(`${SIMULATOR_URL}/_sim/webhooks/send`, { data: { type } })).json();
    expect(sent.delivery.status).toBe(200);
  }
  const ready: Record<string, string> = {
    '/conversations': '[data-testid="conversation-row"]:visible, [data-testid="conversation-card"]:visible',
    '/webhooks': '[data-testid="delivery-row"]:visible, [data-testid="delivery-card"]:visible',
  };
  for (const path of ['/', '/settings', '/conversations', '/webhooks']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('loading')).toHaveCount(0);
    if (ready[path]) await expect(page.locator(ready[path]).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
