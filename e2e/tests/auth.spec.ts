import { expect, test } from './fixtures';
import { ADMIN, openUserMenu, signIn } from './helpers';

test.describe('signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a dashboard page redirects to sign-in and back after it', async ({ page }) => {
    await page.goto('/settings');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
    await signIn(page);
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  });

  test('a wrong password is refused with one generic message and never lands in the URL', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, 'not-the-password');
    await expect(page.getByTestId('login-error')).toHaveText('Invalid email or password.');
    await expect(page).toHaveURL(/\/login/);
    expect(page.url()).not.toContain('not-the-password');
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  test('an unknown account gets the same message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('someone-else@example.com');
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Invalid email or password.');
  });

  test('repeated failures say the sign-in is paused, for any address; editing the form clears the message', async ({ page }, testInfo) => {
    // An address that is not the admin's: paused in the worker's memory, so the admin is never locked here.
    const email = `paused-${testInfo.project.name}-${Date.now()}@example.com`;
    await page.goto('/login');
    const submit = page.getByRole('button', { name: 'Sign in' });
    for (let attempt = 1; attempt <= 4; attempt++) {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(`guess-${attempt}`);
      await expect(submit).toBeEnabled();
      await submit.click();
      await expect(page.getByTestId('login-error')).toHaveText(
        attempt < 4 ? 'Invalid email or password.' : 'Too many failed attempts: sign-in is paused for a while. Try again in a few minutes.',
      );
    }
    await page.getByLabel('Password').fill('x');
    await expect(page.getByTestId('login-error')).toHaveCount(0);
  });

  test('signing out ends the session', async ({ page }) => {
    await page.goto('/login');
    await signIn(page);
    await expect(page).toHaveURL(/\/$/);
    await openUserMenu(page);
    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/settings');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
    expect((await page.request.get('/api/settings')).status()).toBe(401);
  });
});
