// The bench's browser: Debian's Chromium, signed in as the seeded admin through the real login form.
import { chromium, type Browser, type Page } from '@playwright/test';

export interface Credentials {
  email: string;
  password: string;
}

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', ...extraArgs] });
}

/** Signs in on this page (it lands on the overview); the form's button is enabled once hydrated. */
export async function signInPage(page: Page, origin: string, admin: Credentials): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.waitForFunction(() => !document.querySelector('button[type=submit]')?.hasAttribute('disabled'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${origin}/`);
}

/** A desktop-sized page, signed in, in a browser of its own, closed when `use` is done. */
export async function withSignedInPage<T>(origin: string, admin: Credentials, use: (page: Page, browser: Browser) => Promise<T>, extraArgs: string[] = []): Promise<T> {
  const browser = await launchChromium(extraArgs);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signInPage(page, origin, admin);
    return await use(page, browser);
  } finally {
    await browser.close();
  }
}
