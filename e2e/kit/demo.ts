// `npm run demo`: builds if needed, then runs the dashboard on the embedded simulator and prints
// everything a person needs to try it: one line per step, then the banner. The build's and
// wrangler's full output go to files in the demo's folder, named in the banner.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEMO, ROOT } from './constants';
import { build, buildIsPresent, startStack } from './stack';

const stateDir = join(ROOT, DEMO.stateDir);
const logs = { build: join(stateDir, 'build.log'), runtime: join(stateDir, 'wrangler.log') };
const shown = (path: string) => relative(process.cwd(), path) || path;
const step = (line: string) => console.log(`  ${line}`);

async function main() {
  if (!existsSync(join(ROOT, 'node_modules/.bin/wrangler'))) throw new Error('Dependencies are missing: run `npm install` first.');
  step('dependencies installed');
  // --reset: start over from the seed (KV, the simulator's world and the generated secrets go).
  const reset = process.argv.includes('--reset');
  if (reset) {
    rmSync(stateDir, { recursive: true, force: true });
    step('reset: local KV and the simulator start over from the seed');
  }
  mkdirSync(stateDir, { recursive: true });
  if (!buildIsPresent() || process.argv.includes('--rebuild')) {
    const started = performance.now();
    step(`building the production worker (1–2 min; log: ${shown(logs.build)}) …`);
    build(logs.build);
    step(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } else {
    step('build present (`npm run demo -- --rebuild` after code changes)');
  }
  // Miniflare looks up Request.cf online and prints its failure with a stack trace when offline,
  // which is the normal case here; the worker falls back to a placeholder either way.
  process.env.WRANGLER_LOG ??= 'error';
  const stack = await startStack({
    port: DEMO.port,
    simulatorPort: DEMO.simulatorPort,
    stateDir: DEMO.stateDir,
    admin: DEMO.admin,
    seedSecrets: true,
    runtimeLog: logs.runtime,
    // The simulator keeps its world beside the KV, so a restart shows what the last run left.
    persistSimulator: true,
  });
  step(`started (wrangler log: ${shown(logs.runtime)})`);
  const lines = [
    '',
    '  Voicedesk is running (production build on wrangler pages dev; local KV and the simulator\'s data',
    '  are kept in .demo/ between runs: `npm run demo -- --reset` starts over).',
    '',
    `  Dashboard        ${stack.url}`,
    `  Admin email      ${DEMO.admin.email}`,
    `  Admin password   ${DEMO.admin.password}`,
    '',
    `  Simulator        ${stack.simulatorUrl}   (stands in for api.elevenlabs.io)`,
    `  API key          ${stack.simulatorApiKey}   (demo value, already saved in KV)`,
    `  Webhook secret   ${stack.webhookSecret}   (the one saved in KV; the simulator signs with it)`,
    `  Webhook URL      ${stack.url}/api/webhooks/elevenlabs`,
    '',
    `  Logs             ${shown(logs.runtime)} (wrangler)${existsSync(logs.build) ? `, ${shown(logs.build)} (last build)` : ''}`,
    '  Ctrl+C stops everything.',
    '',
  ];
  console.log(lines.join('\n'));
  const shutdown = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
