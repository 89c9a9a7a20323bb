// `npm run simulator`: the ElevenLabs simulator on its own.
import { SIMULATOR_DEFAULT_API_KEY, SIMULATOR_DEFAULT_PORT, SIMULATOR_DEFAULT_WEBHOOK_SECRET } from './defaults';
import { startSimulator } from './server';

const simulator = await startSimulator({
  port: Number(process.env.SIM_PORT ?? SIMULATOR_DEFAULT_PORT),
  apiKey: process.env.SIM_API_KEY ?? SIMULATOR_DEFAULT_API_KEY,
  webhookUrl: process.env.SIM_WEBHOOK_URL,
  webhookSecret: process.env.SIM_WEBHOOK_SECRET ?? SIMULATOR_DEFAULT_WEBHOOK_SECRET,
});
console.log(`ElevenLabs simulator on ${simulator.url}`);
console.log(`  API key         ${simulator.state.apiKey}`);
console.log(`  Webhook secret  ${simulator.state.webhookSecret}`);
console.log(`  Webhooks to     ${simulator.state.webhookUrl ?? '(none: set SIM_WEBHOOK_URL)'}`);
console.log(`  Conversations   ${simulator.state.data.conversations.length}`);
process.on('SIGINT', () => void simulator.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void simulator.close().then(() => process.exit(0)));
