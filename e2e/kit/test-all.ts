// `npm test`: every check, in order of speed — types, unit/integration (Vitest, real local KV and
// the simulator), the production build and its size budgets, then Playwright against it in wrangler pages dev.
import { spawnSync } from 'node:child_process';
import { BUDGETS, budgetFailures, formatSizes, measureBuild } from './build-sizes';
import { build, QUIET_ENV, ROOT } from './stack';

function run(label: string, command: string, args: string[]): void {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...QUIET_ENV } });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Prints every route's figure and the worker's, then stops the run if any is over its budget. */
function checkBudgets(): void {
  console.log(`\n▶ size budgets (first-load JS ≤ ${BUDGETS.firstLoadKb} kB per page, worker ≤ 2 MiB gzip)`);
  const sizes = measureBuild(ROOT);
  for (const line of formatSizes(sizes)) console.log(`  ${line}`);
  const failures = budgetFailures(sizes);
  if (failures.length) {
    for (const failure of failures) console.error(`  ✗ ${failure}`);
    console.error('✗ size budgets failed');
    process.exit(1);
  }
  console.log('✓ size budgets');
}

run('typecheck', 'npx', ['tsc', '--noEmit']);
run('unit and integration tests', 'npx', ['vitest', 'run']);
console.log('\n▶ production build');
build();
checkBudgets();
run('end-to-end tests', 'npx', ['playwright', 'test']);
