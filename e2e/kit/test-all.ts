// `npm test`: every check, in order of speed — types, unit/integration (Vitest, real local KV and
// the simulator), the production build, then Playwright against it in wrangler pages dev.
import { spawnSync } from 'node:child_process';
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

run('typecheck', 'npx', ['tsc', '--noEmit']);
run('unit and integration tests', 'npx', ['vitest', 'run']);
console.log('\n▶ production build');
build();
run('end-to-end tests', 'npx', ['playwright', 'test']);
