// What the production build weighs, measured the way Next's own build table does, and the budgets
// `npm test` holds it to. Shared by the test run (which fails on a budget) and the bench (which prints).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** Next's "First Load JS" of any page. */
  firstLoadKb: 130,
  /** Cloudflare's limit on a paid plan's worker is larger; 2 MiB keeps cold starts short. */
  workerGzipBytes: 2 * 1024 * 1024,
};

export interface RouteSize {
  route: string;
  /** Next's "First Load JS": the chunks the manifest lists for the page entry, gzipped. */
  firstLoadKb: number;
  /** Adds every chunk of the layouts above the page, which a first visit also loads. */
  withLayoutsKb: number;
}

export interface WorkerSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

export interface BuildSizes {
  routes: RouteSize[];
  worker: WorkerSize;
}

type BuildManifest = { pages: Record<string, string[]> };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Gzip at level 9: how Next's build table measures "First Load JS". */
function gzipBytes(files: Iterable<string>): number {
  let sum = 0;
  for (const file of files) sum += gzipSync(readFileSync(file), { level: 9 }).length;
  return sum;
}

/** kB of 1,000 bytes, as Next prints them. */
const toKb = (bytes: number) => bytes / 1000;

function routeSize(root: string, manifest: BuildManifest, route: string): RouteSize {
  const chunksOf = (entry: string) =>
    (manifest.pages[entry] ?? []).filter((file) => file.endsWith('.js')).map((file) => join(root, '.next', file));
  const withLayouts = new Set(chunksOf(route));
  for (const entry of Object.keys(manifest.pages)) {
    const segment = entry.slice(0, -'layout'.length);
    if (entry.endsWith('/layout') && route.startsWith(segment)) for (const file of chunksOf(entry)) withLayouts.add(file);
  }
  return { route, firstLoadKb: toKb(gzipBytes(chunksOf(route))), withLayoutsKb: toKb(gzipBytes(withLayouts)) };
}

/** Every file of the worker directory counts: next-on-pages splits the worker into many modules. */
function workerSize(root: string): WorkerSize {
  const files = filesUnder(join(root, '.vercel/output/static/_worker.js'));
  return { files: files.length, rawBytes: files.reduce((sum, file) => sum + statSync(file).size, 0), gzipBytes: gzipBytes(files) };
}

/** Sizes of a finished build under `root` (.next and .vercel/output), heaviest route first. */
export function measureBuild(root: string): BuildSizes {
  const manifest = JSON.parse(readFileSync(join(root, '.next/app-build-manifest.json'), 'utf8')) as BuildManifest;
  const routes = Object.keys(manifest.pages)
    .filter((entry) => entry.endsWith('/page'))
    .map((route) => routeSize(root, manifest, route))
    .sort((a, b) => b.firstLoadKb - a.firstLoadKb);
  return { routes, worker: workerSize(root) };
}

/** One line per budget exceeded; empty when the build fits. */
export function budgetFailures(sizes: BuildSizes, budgets = BUDGETS): string[] {
  const failures = sizes.routes
    .filter((route) => route.firstLoadKb > budgets.firstLoadKb)
    .map((route) => `${route.route}: first-load JS ${route.firstLoadKb.toFixed(1)} kB > ${budgets.firstLoadKb} kB`);
  if (sizes.worker.gzipBytes > budgets.workerGzipBytes) {
    failures.push(`worker: ${mib(sizes.worker.gzipBytes)} gzip > ${mib(budgets.workerGzipBytes)}`);
  }
  return failures;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** The table printed whether or not the build fits. */
export function formatSizes(sizes: BuildSizes, budgets = BUDGETS): string[] {
  const { worker } = sizes;
  const mark = (over: boolean) => (over ? '  ✗ over budget' : '');
  return [
    `worker (_worker.js, ${worker.files} files)   ${mib(worker.rawBytes)} raw, ${mib(worker.gzipBytes)} gzip (budget ${mib(budgets.workerGzipBytes)})${mark(worker.gzipBytes > budgets.workerGzipBytes)}`,
    `${'route'.padEnd(44)} First Load JS (Next)   with its layouts   (budget ${budgets.firstLoadKb} kB)`,
    ...sizes.routes.map(
      ({ route, firstLoadKb, withLayoutsKb }) =>
        `${route.padEnd(44)} ${firstLoadKb.toFixed(1).padStart(8)} kB gzip   ${withLayoutsKb.toFixed(1).padStart(8)} kB gzip${mark(firstLoadKb > budgets.firstLoadKb)}`,
    ),
  ];
}
