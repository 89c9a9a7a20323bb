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
