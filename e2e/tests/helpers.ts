import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { E2E } from '../kit/constants';
import { SIMULATOR_DEFAULT_API_KEY } from '../simulator/defaults';

export const ADMIN = E2E.admin;
export const SIMULATOR_KEY = SIMULATOR_DEFAULT_API_KEY;
export const SIMULATOR_URL = `http://127.0.0.1:${E2E.simulatorPort}`;

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

/** Tomorrow's date in New York (36 h ahead, so it is tomorrow there whatever the hour here). */
function tomorrowInNewYork(): string {
  const date = new Date(Date.now() + 36 * 3600 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * Schedules the batch on the create page for tomorrow 12:00 New York time. A batch sent now would ring
 * US numbers outside 08:00–21:00 for part of every day, and preflight rightly refuses those rows, so a
 * suite that sends now passes or fails by the hour it runs.
 */
export async function scheduleTomorrowNoon(page: Page): Promise<void> {
  await page.getByLabel('Schedule').check();
  await page.getByLabel('Date').fill(tomorrowInNewYork());
  await page.getByLabel('Time', { exact: true }).fill('12:00');
  await page.getByLabel('Time zone').selectOption('America/New_York');
  await expect(page.getByTestId('schedule-summary')).toContainText('12:00');
}

export async function openUserMenu(page: Page): Promise<void> {
  await openNavIfCollapsed(page);
  await page.getByTestId('user-menu').filter({ visible: true }).click();
}

interface SimulatorConversation {
  conversation_id: string;
  status: string;
  has_audio: boolean;
  transcript: unknown[];
}

/** The first of the simulator's newest 100 conversations that `wanted` accepts (the list does not say which have audio). */
export async function simulatorConversation(request: APIRequestContext, wanted: (detail: SimulatorConversation) => boolean): Promise<string> {
  const headers = { 'xi-api-key': SIMULATOR_KEY };
  const page = await (await request.get(`${SIMULATOR_URL}/v1/convai/conversations?page_size=100`, { headers })).json();
  for (const summary of page.conversations) {
    const detail = (await (await request.get(`${SIMULATOR_URL}/v1/convai/conversations/${summary.conversation_id}`, { headers })).json()) as SimulatorConversation;
    if (wanted(detail)) return detail.conversation_id;
  }
  throw new Error('the seed has no such conversation among the newest 100');
}

/**
 * Turns off every override on every seeded agent at the simulator, for suites written against agents
 * that allow none (the seed's agents allow some, as real ones do). The stack resets the simulator
 * before each file, so this lasts for the file that asks.
 */
export async function allowNoOverrides(request: APIRequestContext): Promise<void> {
  const headers = { 'xi-api-key': SIMULATOR_KEY };
  const { agents } = (await (await request.get(`${SIMULATOR_URL}/v1/convai/agents?page_size=100`, { headers })).json()) as { agents: { agent_id: string }[] };
  const none = { agent: { language: false, first_message: false, prompt: { prompt: false } }, tts: { voice_id: false } };
  for (const { agent_id } of agents) {
    const response = await request.patch(`${SIMULATOR_URL}/v1/convai/agents/${agent_id}`, { headers, data: { platform_settings: { overrides: { conversation_config_override: none } } } });
    expect(response.ok()).toBe(true);
  }
}
