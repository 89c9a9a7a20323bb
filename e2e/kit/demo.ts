// `npm run demo`: builds if needed, then runs the dashboard on the embedded simulator and prints
// everything a person needs to try it.
import { build, buildIsPresent, startStack } from './stack';
import { DEMO } from './constants';

async function main() {
  if (!buildIsPresent() || process.argv.includes('--rebuild')) build();
  const stack = await startStack({
    port: DEMO.port,
    simulatorPort: DEMO.simulatorPort,
    stateDir: DEMO.stateDir,
    admin: DEMO.admin,
    seedSecrets: true,
  });
  const lines = [
    '',
    '  Voicedesk is running (production build on wrangler pages dev, local KV in .demo/).',
    '',
    `  Dashboard        ${stack.url}`,
    `  Admin email      ${DEMO.admin.email}`,
    `  Admin password   ${DEMO.admin.password}`,
    '',
    `  Simulator        ${stack.simulatorUrl}   (stands in for api.elevenlabs.io)`,
    `  API key          ${stack.simulatorApiKey}   (demo value, already saved in KV)`,
    `  Webhook secret   ${stack.webhookSecret}   (demo value, already saved in KV)`,
    `  Webhook URL      ${stack.url}/api/webhooks/elevenlabs`,
    '',
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
