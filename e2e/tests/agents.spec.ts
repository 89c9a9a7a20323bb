import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { SIMULATOR_KEY, SIMULATOR_URL as SIMULATOR } from './helpers';

test.use({ startState: { apiKey: true } });

const SIM_HEADERS = { 'xi-api-key': SIMULATOR_KEY };

/** Names unique per project: the desktop and phone runs share one simulator. */
const named = (testInfo: TestInfo, name: string) => `${name} ${testInfo.project.name}`;

async function createAgent(page: Page, name: string, template = 'support'): Promise<string> {
  const response = await page.request.post('/api/agents', { data: { name, template } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { agent: { agent_id: string } }).agent.agent_id;
}

async function openEditor(page: Page, id: string) {
  await page.goto(`/agents/${id}`);
  await expect(page.getByTestId('agent-editor')).toHaveAttribute('data-ready', 'true');
}

const field = (page: Page, path: string) => page.getByTestId(`field-${path}`);

async function reviewAndSave(page: Page) {
  await page.getByTestId('save-agent').click();
  const dialog = page.getByTestId('review-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

async function simulatorAgent(request: APIRequestContext, id: string) {
  return (await (await request.get(`${SIMULATOR}/v1/convai/agents/${id}`, { headers: SIM_HEADERS })).json()) as {
    name: string;
    conversation_config: { agent: { first_message: string; prompt: { prompt: string } }; tts: { speed: number; agent_output_audio_format?: string }; asr: { user_input_audio_format?: string } };
  };
}

test('create from a template, edit the prompt and voice, review the diff, save; a reload shows it', async ({ page, request }, testInfo) => {
  const name = named(testInfo, 'Reminder');
  await page.goto('/agents');
  await page.getByTestId('new-agent').click();
  await page.getByTestId('template-appointment_reminder').click();
  await page.getByTestId('new-agent-name').fill(name);
  await page.getByTestId('create-agent').click();
  await expect(page).toHaveURL(/\/agents\/agent_/);
  await expect(page.getByTestId('agent-editor')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('agent-title')).toHaveText(name);

  // The template filled the prompt; the placeholders it uses are listed.
  const prompt = field(page, 'conversation_config.agent.prompt.prompt');
  await expect(prompt).toHaveValue(/reminds? them of their appointment/);
  await expect(page.getByTestId('prompt-placeholders')).toContainText('{{doctor_name}}');
  await prompt.fill('You call {{patient_name}} about their visit. Be brief.');
  // {{doctor_name}} was only in the prompt; the first message still uses {{clinic_name}}.
  await expect(page.getByTestId('prompt-placeholders')).not.toContainText('{{doctor_name}}');
  await expect(page.getByTestId('prompt-placeholders')).toContainText('{{clinic_name}}');
  await field(page, 'conversation_config.tts.speed-value').fill('1.1');
  await field(page, 'conversation_config.tts.model_id').selectOption('eleven_turbo_v2_5');
  await expect(page.getByTestId('save-status')).toHaveText('3 unsaved changes');

  const dialog = await reviewAndSave(page);
  await expect(dialog.getByTestId('diff-item')).toHaveCount(3);
  await expect(dialog.locator('[data-path="conversation_config.tts.speed"]')).toContainText('1.1');
  await expect(dialog.locator('[data-path="conversation_config.agent.prompt.prompt"]')).toContainText('Be brief.');
  await dialog.getByTestId('confirm-save').click();
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await expect(page.getByTestId('agent-editor')).toHaveAttribute('data-saving', 'false');

  const stored = await simulatorAgent(request, page.url().split('/agents/')[1]!);
  expect(stored.conversation_config.tts.speed).toBe(1.1);
  await page.reload();
  await expect(page.getByTestId('agent-editor')).toHaveAttribute('data-ready', 'true');
  await expect(field(page, 'conversation_config.agent.prompt.prompt')).toHaveValue('You call {{patient_name}} about their visit. Be brief.');
  await expect(field(page, 'conversation_config.tts.speed-value')).toHaveValue('1.1');
  await expect(field(page, 'conversation_config.tts.model_id')).toHaveValue('eleven_turbo_v2_5');

  // The list finds it by name (the search lives in the URL) and links to its conversations.
  await page.goto(`/agents?search=${encodeURIComponent(name)}`);
  const row = page.locator('[data-testid="agent-row"], [data-testid="agent-card"]').filter({ visible: true });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('agent-link')).toHaveText(name);
  await expect(row.getByTestId('agent-conversations')).toHaveAttribute('href', /\/conversations\?agent=agent_/);
  await expect(page.getByTestId('agent-search')).toHaveValue(name);
});

test('the list: search and sort live in the URL; a search with no match says so', async ({ page }) => {
  await page.goto('/agents');
  const rows = page.locator('[data-testid="agent-row"], [data-testid="agent-card"]').filter({ visible: true });
  await expect(rows.first()).toBeVisible();
  await page.getByTestId('agent-sort').selectOption('name:asc');
  await expect(page).toHaveURL(/sort=name/);
  // The previous order stays on screen while the sorted page loads.
  const names = () => rows.getByTestId('agent-link').allTextContents();
  await expect.poll(async () => {
    const shown = await names();
    return shown.length > 1 && shown.every((name, index) => index === 0 || shown[index - 1]!.localeCompare(name) <= 0);
  }).toBe(true);
  await page.reload();
  await expect(page.getByTestId('agent-sort')).toHaveValue('name:asc');
  await page.getByTestId('agent-search').fill('no agent is called this');
  await expect(page).toHaveURL(/search=no\+agent/);
  await expect(page.getByTestId('empty-state')).toContainText('No agents match');
});

test('an edit made elsewhere meanwhile is caught: both versions shown, mine applied on top of theirs', async ({ page, request }, testInfo) => {
  const id = await createAgent(page, named(testInfo, 'Conflict'));
  await openEditor(page, id);
  await field(page, 'conversation_config.agent.first_message').fill('Hello from the dashboard.');

  // Someone edits the agent in ElevenLabs meanwhile.
  const behind = await request.patch(`${SIMULATOR}/v1/convai/agents/${id}`, { headers: SIM_HEADERS, data: { conversation_config: { agent: { prompt: { prompt: 'Changed in ElevenLabs.' } } } } });
  expect(behind.ok()).toBe(true);

  await (await reviewAndSave(page)).getByTestId('confirm-save').click();
  const conflict = page.getByTestId('conflict-dialog');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('diff-theirs')).toContainText('Changed in ElevenLabs.');
  await expect(conflict.getByTestId('diff-mine')).toContainText('Hello from the dashboard.');
  // Nothing was overwritten.
  expect((await simulatorAgent(request, id)).conversation_config.agent.first_message).not.toBe('Hello from the dashboard.');

  await conflict.getByTestId('conflict-keep-mine').click();
  const review = page.getByTestId('review-dialog');
  await expect(review.getByTestId('diff-item')).toHaveCount(1);
  await review.getByTestId('confirm-save').click();
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await expect(field(page, 'conversation_config.agent.prompt.prompt')).toHaveValue('Changed in ElevenLabs.');
  const stored = await simulatorAgent(request, id);
  expect(stored.conversation_config.agent.first_message).toBe('Hello from the dashboard.');
  expect(stored.conversation_config.agent.prompt.prompt).toBe('Changed in ElevenLabs.');
});

test('restore a past version from the history', async ({ page, request }, testInfo) => {
  const id = await createAgent(page, named(testInfo, 'History'));
  await openEditor(page, id);
  const firstMessage = field(page, 'conversation_config.agent.first_message');
  const original = await firstMessage.inputValue();
  await firstMessage.fill('A greeting that will be undone.');
  await (await reviewAndSave(page)).getByTestId('confirm-save').click();
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');

  await page.getByTestId('open-history').click();
  const sheet = page.getByTestId('history-sheet');
  const entries = sheet.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toHaveAttribute('data-action', 'update');
  await expect(entries.first().getByTestId('history-fields')).toContainText('First message');
  await entries.last().getByTestId('view-version').click();
  await expect(sheet.getByTestId('history-diff').locator('[data-path="conversation_config.agent.first_message"]')).toContainText('A greeting that will be undone.');
  await sheet.getByTestId('restore-version').click();
  await page.getByTestId('confirm-restore').click();
  await expect(sheet).toBeHidden();
  await expect(firstMessage).toHaveValue(original);
  expect((await simulatorAgent(request, id)).conversation_config.agent.first_message).toBe(original);

  // The restore is itself an entry.
  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-entry')).toHaveCount(3);
  await expect(page.getByTestId('history-entry').first()).toHaveAttribute('data-action', 'restore');
});

test('duplicate under a new name, then delete the copy after a confirmation that names it', async ({ page, request }, testInfo) => {
  const name = named(testInfo, 'Original');
  const id = await createAgent(page, name, 'outbound_survey');
  await openEditor(page, id);
  await page.getByTestId('duplicate-agent').click();
  const copyName = named(testInfo, 'Copy of survey');
  await page.getByTestId('duplicate-name').fill(copyName);
  await page.getByTestId('confirm-duplicate').click();
  await expect(page).not.toHaveURL(new RegExp(`/agents/${id}$`));
  await expect(page.getByTestId('agent-title')).toHaveText(copyName);
  const copyId = page.url().split('/agents/')[1]!;
  expect((await simulatorAgent(request, copyId)).conversation_config.agent.prompt.prompt).toContain('satisfaction survey');

  await page.getByTestId('delete-agent').click();
  await expect(page.getByRole('alertdialog')).toContainText(`Delete “${copyName}”?`);
  await page.getByTestId('confirm-delete-agent').click();
  await expect(page).toHaveURL(/\/agents$/);
  expect((await request.get(`${SIMULATOR}/v1/convai/agents/${copyId}`, { headers: SIM_HEADERS })).status()).toBe(404);
  expect((await request.get(`${SIMULATOR}/v1/convai/agents/${id}`, { headers: SIM_HEADERS })).status()).toBe(200);
});

test('an agent on a phone number without μ-law audio is warned about, and the one-click fix saves it', async ({ page, request }) => {
  const numbers = (await (await request.get(`${SIMULATOR}/v1/convai/phone-numbers`, { headers: SIM_HEADERS })).json()) as Array<{ phone_number: string; assigned_agent?: { agent_id: string } | null }>;
  const assigned = numbers.find((number) => number.assigned_agent)!;
  const id = assigned.assigned_agent!.agent_id;
  // Whatever an earlier run left, the agent starts with audio a phone line cannot carry.
  await request.patch(`${SIMULATOR}/v1/convai/agents/${id}`, { headers: SIM_HEADERS, data: { conversation_config: { tts: { agent_output_audio_format: 'pcm_16000' } } } });

  await openEditor(page, id);
  await expect(page.getByTestId('telephony-warning')).toContainText('μ-law 8000 Hz');
  // Deleting it would leave the number unanswered: the confirmation says so.
  await page.getByTestId('delete-agent').click();
  await expect(page.getByTestId('delete-agent-numbers')).toContainText(assigned.phone_number);
  await page.getByRole('button', { name: 'Keep it' }).click();

  await page.getByTestId('fix-telephony').click();
  await expect(page.getByTestId('telephony-warning')).toBeHidden();
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await expect(page.getByTestId('agent-editor')).toHaveAttribute('data-saving', 'false');
  const stored = await simulatorAgent(request, id);
  expect(stored.conversation_config.tts.agent_output_audio_format).toBe('ulaw_8000');
  expect(stored.conversation_config.asr.user_input_audio_format).toBe('ulaw_8000');
  await page.reload();
  await expect(page.getByTestId('agent-editor')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('telephony-warning')).toBeHidden();
  await expect(field(page, 'conversation_config.tts.agent_output_audio_format')).toHaveValue('ulaw_8000');
});

test('a value out of bounds typed into the Advanced JSON is named at its field, and nothing is sent', async ({ page, request }, testInfo) => {
  const id = await createAgent(page, named(testInfo, 'Bounds'));
  await openEditor(page, id);
  const json = page.getByTestId('advanced-json');
  const text = await json.inputValue();
  const config = JSON.parse(text) as { conversation_config: { tts: Record<string, unknown> } };
  config.conversation_config.tts.speed = 3;
  await json.fill(JSON.stringify(config, null, 2));
  await page.getByTestId('save-agent').click();
  const message = page.getByTestId('error-conversation_config.tts.speed');
  await expect(message).toContainText('Speed must be between 0.7 and 1.2');
  await expect(field(page, 'conversation_config.tts.speed-value')).toHaveValue('3');
  await expect(field(page, 'conversation_config.tts.speed')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('review-dialog')).toBeHidden();
  expect((await simulatorAgent(request, id)).conversation_config.tts.speed).not.toBe(3);

  // JSON that does not parse is named under the JSON itself.
  await json.fill('{ "name": ');
  await page.getByTestId('save-agent').click();
  await expect(page.getByTestId('error-advanced')).toContainText('Not valid JSON');
});

test('leaving with unsaved changes asks first', async ({ page }, testInfo) => {
  const id = await createAgent(page, named(testInfo, 'Guard'));
  await openEditor(page, id);
  await field(page, 'name').fill(named(testInfo, 'Guard renamed'));
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: '← Agents' }).click();
  await expect.poll(() => asked).toContain('unsaved changes');
  await expect(page).toHaveURL(new RegExp(`/agents/${id}$`));
  await page.getByTestId('discard-changes').click();
  await page.getByRole('link', { name: '← Agents' }).click();
  await expect(page).toHaveURL(/\/agents$/);
});

test('a failed save shows at once, then rolls back with the error; a refusal naming a field shows there', async ({ page, request }, testInfo) => {
  const id = await createAgent(page, named(testInfo, 'Rollback'));
  await openEditor(page, id);
  const firstMessage = field(page, 'conversation_config.agent.first_message');
  await firstMessage.fill('This save will fail.');
  // ElevenLabs is slow, then fails: the editor shows the change as saved meanwhile.
  await request.post(`${SIMULATOR}/_sim/faults`, { data: { rate500: 1, delayMs: 300, paths: `/v1/convai/agents/${id}` } });
  try {
    await (await reviewAndSave(page)).getByTestId('confirm-save').click();
    await expect(page.getByTestId('save-status')).toHaveText('Saving…');
    await expect(page.getByTestId('save-error')).toContainText('The changes were not saved');
    await expect(page.getByTestId('save-status')).toHaveText('1 unsaved change');
    await expect(firstMessage).toHaveValue('This save will fail.');
  } finally {
    await request.delete(`${SIMULATOR}/_sim/faults`);
  }

  // A 422 from the server is shown at the field it names (here an upstream refusal the form cannot foresee).
  await page.route(`**/api/agents/${id}`, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({
          status: 422,
          json: { error: { code: 'validation_failed', message: 'ElevenLabs refused a value.', details: { fields: [{ field: 'conversation_config.agent.first_message', message: 'is too long for this voice' }] } } },
        })
      : route.continue(),
  );
  await (await reviewAndSave(page)).getByTestId('confirm-save').click();
  await expect(page.getByTestId('error-conversation_config.agent.first_message')).toHaveText('First message is too long for this voice');
  await expect(firstMessage).toHaveAttribute('aria-invalid', 'true');
  await expect(firstMessage).toBeFocused();
});

async function expectNoSeriousViolations(page: Page) {
  await expect(page.getByTestId('loading')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

for (const [path, ready] of [
  ['/agents', 'agent-link'],
  ['/agents/new', 'create-agent'],
] as const) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByTestId(ready).filter({ visible: true }).first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('the editor has no serious accessibility violations', async ({ page }) => {
  await page.goto('/agents');
  await page.getByTestId('agent-link').filter({ visible: true }).first().click();
  await expect(page.getByTestId('agent-editor')).toHaveAttribute('data-ready', 'true');
  await expectNoSeriousViolations(page);
});
