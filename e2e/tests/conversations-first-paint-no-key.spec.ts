import { expect, test } from './fixtures';

// No ElevenLabs key saved: the pages that render data on the server still say how to connect one.
test.use({ startState: {} });

for (const path of ['/conversations', '/conversations?outcome=failure', '/conversations/conv_0123456789']) {
  test(`${path} without a key asks to connect the account, on the server and in the browser`, async ({ page }) => {
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Connect your ElevenLabs account');
    await page.goto(path);
    await expect(page.getByTestId('connect-account')).toBeVisible();
  });
}
