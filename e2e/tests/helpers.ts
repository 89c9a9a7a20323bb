import { expect, type Page } from '@playwright/test';
import { E2E } from '../kit/constants';
import { SIMULATOR_DEFAULT_API_KEY } from '../simulator/defaults';

export const ADMIN = E2E.admin;
export const SIMULATOR_KEY = SIMULATOR_DEFAULT_API_KEY;

/** Signs in through the real form; waits for hydration so the submit is handled by JavaScript. */
export async function signIn(page: Page, password: string = ADMIN.password): Promise<void> {
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(password);
  const submit = page.getByRole('button', { name: 'Sign in' });
  await expect(submit).toBeEnabled();
  await submit.click();
}

/** The mobile layout hides the sidebar behind a menu button. */
export async function openNavIfCollapsed(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Open navigation' });
  if (await menu.isVisible()) await menu.click();
}

export async function openUserMenu(page: Page): Promise<void> {
  await openNavIfCollapsed(page);
  await page.getByTestId('user-menu').filter({ visible: true }).click();
}
