// `npm run bench -- --only=batch-detail`: the batch detail page with 10,000 recipients in Chromium:
// time to render (navigation to rows on screen, and the render alone once the data is cached) and
// time to filter the recipients by status. Prints; asserts nothing.
import { withSignedInPage } from './bench-browser';

interface Login {
  email: string;
  password: string;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const summary = (values: number[]) => `p50 ${ms(percentile(values, 50))} (max ${ms(Math.max(...values))})`;

export async function batchDetailBenchmark(origin: string, simulatorUrl: string, apiKey: string, admin: Login, dashboard: (path: string) => Promise<Response>) {
  const { id, recipients } = (await (await fetch(`${simulatorUrl}/_sim/batches/large`, { method: 'POST', body: JSON.stringify({ count: 10_000 }) })).json()) as { id: string; recipients: number };
  // The API answer alone (the worker reads ElevenLabs, stores the copy in KV meanwhile).
  const api: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const response = await dashboard(`/api/batch-calls/${id}`);
    await response.arrayBuffer();
    api.push(performance.now() - started);
  }
  // The same answer straight from the simulator: what the worker adds is the difference.
  const direct: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const response = await fetch(`${simulatorUrl}/v1/convai/batch-calling/${id}`, { headers: { 'xi-api-key': apiKey } });
    await response.arrayBuffer();
    direct.push(performance.now() - started);
  }
  await withSignedInPage(origin, admin, async (page) => {

    // Navigation to the first rows on screen: page, data (10,000 recipients through the worker), render.
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await page.goto(`${origin}/batch-calls/${id}`);
      await page.locator('[data-testid="recipient-row"]').first().waitFor();
      loads.push(performance.now() - started);
    }
    // The render alone: the table unmounted and mounted again with the data already in the page, timed in the page.
    const renders: number[] = [];
    const filters: number[] = [];
    for (const status of ['failed', 'voicemail', 'completed', 'cancelled', '', 'failed', 'completed', '']) {
      // Strings, not functions: the TypeScript loader would wrap functions in helpers the page lacks.
      filters.push(
        await page.evaluate(`new Promise((resolve) => {
          const select = document.querySelector('[data-testid="recipient-status-filter"]');
          const started = performance.now();
          const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
          setter.call(select, ${JSON.stringify(status)});
          select.dispatchEvent(new Event('change', { bubbles: true }));
          const want = ${JSON.stringify(status)};
          const check = () => {
            const rows = [...document.querySelectorAll('[data-testid="recipient-row"]')];
            return rows.length > 0 && rows.every((row) => !want || row.dataset.status === want)
              ? requestAnimationFrame(() => resolve(performance.now() - started))
              : requestAnimationFrame(check);
          };
          check();
        })`),
      );
    }
    for (let i = 0; i < 5; i++) {
      await page.goto(`${origin}/batch-calls`);
      await page.locator('[data-testid="batch-row"]').first().waitFor();
      renders.push(
        await page.evaluate(`new Promise((resolve) => {
          const link = [...document.querySelectorAll('[data-testid="batch-row"] a')].find((a) => a.getAttribute('href') === '/batch-calls/${id}');
          const started = performance.now();
          link.click();
          const check = () => document.querySelector('[data-testid="recipient-row"]')
            ? requestAnimationFrame(() => resolve(performance.now() - started))
            : requestAnimationFrame(check);
          check();
        })`),
      );
    }
    const rendered = await page.locator('[data-testid="recipient-row"]').count();
    console.log(`\nBatch detail with ${recipients.toLocaleString()} recipients in Chromium (desktop viewport; ${rendered} rows in the DOM)`);
    console.log(`  GET /api/batch-calls/:id ${summary(api)} | the simulator's answer alone ${summary(direct)}`);
    console.log(`  navigation to rows on screen ${summary(loads)} | client navigation from the list (data fetched, rows painted) ${summary(renders)}`);
    console.log(`  filter by status, to the filtered rows painted ${summary(filters)}`);
  });
}
