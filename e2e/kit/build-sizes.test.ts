import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetFailures, formatSizes, measureBuild } from './build-sizes';

// Random bytes do not compress, so a file's gzip size is its length plus framing (under 0.1 %).
function expectGzipOf(actual: number, bytes: number) {
  expect(actual).toBeGreaterThanOrEqual(bytes);
  expect(actual).toBeLessThan(bytes * 1.001 + 40);
}
const expectKbOf = (actualKb: number, bytes: number) => expectGzipOf(actualKb * 1000, bytes);

const MANIFEST = {
  pages: {
    '/layout': ['static/chunks/shared.js', 'static/css/app.css'],
    '/(dashboard)/layout': ['static/chunks/dashboard-layout.js'],
    '/(dashboard)/light/page': ['static/chunks/shared.js', 'static/chunks/light.js'],
    '/(dashboard)/heavy/page': ['static/chunks/shared.js', 'static/chunks/heavy.js'],
  },
};
const CHUNK_BYTES: Record<string, number> = {
  'static/chunks/shared.js': 60_000,
  'static/chunks/light.js': 20_000,
  'static/chunks/heavy.js': 90_000,
  'static/chunks/dashboard-layout.js': 5_000,
  'static/css/app.css': 50_000,
};

let root: string;

function write(path: string, bytes: number) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, randomBytes(bytes));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'build-sizes-'));
  mkdirSync(join(root, '.next'));
  writeFileSync(join(root, '.next/app-build-manifest.json'), JSON.stringify(MANIFEST));
  for (const [file, bytes] of Object.entries(CHUNK_BYTES)) write(join(root, '.next', file), bytes);
  write(join(root, '.vercel/output/static/_worker.js/index.js'), 300_000);
  write(join(root, '.vercel/output/static/_worker.js/__next-on-pages-dist__/functions/api.func.js'), 200_000);
  write(join(root, '.vercel/output/static/_worker.js/__next-on-pages-dist__/assets/wasm.bin'), 100_000);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('measureBuild on a fixture build', () => {
  it("measures each page's first-load JS as Next does (page entry JS only, no CSS), heaviest first", () => {
    const { routes } = measureBuild(root);
    expect(routes.map((route) => route.route)).toEqual(['/(dashboard)/heavy/page', '/(dashboard)/light/page']);
    const [heavy, light] = routes;
    expectKbOf(heavy!.firstLoadKb, 150_000);
    expectKbOf(light!.firstLoadKb, 80_000);
    // The layouts above it add their own chunk; a chunk both list is counted once.
    expectKbOf(light!.withLayoutsKb, 85_000);
  });

  it('counts every file of the worker directory, not only .js', () => {
    const { worker } = measureBuild(root);
    expect(worker.files).toBe(3);
    expect(worker.rawBytes).toBe(600_000);
    expectGzipOf(worker.gzipBytes, 600_000);
  });
});

describe('budgetFailures', () => {
  const budgets = { firstLoadKb: 130, workerGzipBytes: 2 * 1024 * 1024 };

  it('names each route over the first-load budget with its figure, and only those', () => {
    const failures = budgetFailures(measureBuild(root), budgets);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^\/\(dashboard\)\/heavy\/page: first-load JS 150\.\d kB > 130 kB$/);
  });

  it('fails on the worker once its gzip size is over the budget', () => {
    const failures = budgetFailures(measureBuild(root), { firstLoadKb: 1_000, workerGzipBytes: 500_000 });
    expect(failures).toEqual([expect.stringMatching(/^worker: 0\.57 MiB gzip > 0\.48 MiB$/)]);
  });

  it('passes a build within every budget', () => {
    expect(budgetFailures(measureBuild(root), { firstLoadKb: 151, workerGzipBytes: 700_000 })).toEqual([]);
  });
});

describe('formatSizes', () => {
  it("prints the worker's figure and every route's, marking those over budget", () => {
    const lines = formatSizes(measureBuild(root));
    expect(lines[0]).toMatch(/^worker \(_worker\.js, 3 files\) +0\.57 MiB raw, 0\.57 MiB gzip \(budget 2\.00 MiB\)$/);
    expect(lines.find((line) => line.startsWith('/(dashboard)/heavy/page'))).toContain('over budget');
    expect(lines.find((line) => line.startsWith('/(dashboard)/light/page'))).not.toContain('over budget');
  });
});
