// Playwright's webServer: a fresh stack (empty KV: the tests set the key themselves).
import { startStack } from './stack';
import { E2E } from './constants';

const stack = await startStack({
  port: E2E.port,
  simulatorPort: E2E.simulatorPort,
  stateDir: E2E.stateDir,
  fresh: true,
  admin: E2E.admin,
  seedSecrets: false,
  // Refusal tallies land within a fraction of a second, so a test can read its own.
  vars: { WEBHOOK_REJECTION_FLUSH_MS: '250' },
  log: (line) => console.log(line),
});
const shutdown = async () => {
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
