import { expect, test as setup } from '@playwright/test';
import { signIn } from './helpers';

setup('sign in once and keep the session for the other suites', async ({ page }) => {
  await page.goto('/login');
  await signIn(page);
  await expect(page).toHaveURL(/\/$/);
  await page.context().storageState({ path: 'e2e/.auth/admin.json' });
});
