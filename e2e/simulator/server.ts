// The ElevenLabs simulator: a local HTTP server speaking the real API's paths, shapes, errors and
// paging, seeded deterministically, with faults on demand and signed post-call webhooks. The
// dashboard points at it through ELEVENLABS_BASE_URL only. Each resource lives in routes/; this
// file only assembles them in front of the shared gate (faults, then the key check).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { withApiKey } from './auth';
import { scheduleSeededCallEnds, stopTimers } from './engine';
import { withFaults } from './faults';
import { accountRoutes } from './routes/account';
import { agentRoutes } from './routes/agents';
import { batchRoutes } from './routes/batches';
import { controlRoutes } from './routes/control';
import { conversationRoutes } from './routes/conversations';
import { outboundCallRoutes } from './routes/outbound-calls';
import { phoneNumberRoutes } from './routes/phone-numbers';
import { createSimulatorState, persistNow, persistSoon, type SimulatorOptions, type SimulatorState } from './state';

export type { Faults } from './faults';
export { createSimulatorState, type SimulatorOptions, type SimulatorState } from './state';

export function createSimulatorApp(state: SimulatorState): Hono {
  const app = new Hono();
  // Whatever a request may have changed is kept when the world has a file (the demo's restarts).
  app.use('*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') persistSoon(state);
  });
  app.route('/', controlRoutes(state));
  app.use('/v1/*', withFaults(state), withApiKey(state));
  for (const routes of [accountRoutes, conversationRoutes, agentRoutes, phoneNumberRoutes, outboundCallRoutes, batchRoutes]) {
    app.route('/', routes(state));
  }
  app.notFound((c) => c.json({ detail: 'Not Found' }, 404));
  return app;
}

export interface RunningSimulator {
  url: string;
  port: number;
  state: SimulatorState;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const state = createSimulatorState(options);
  scheduleSeededCallEnds(state);
  const app = createSimulatorApp(state);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        port: info.port,
        state,
        close: () =>
          new Promise<void>((done) => {
            stopTimers(state);
            persistNow(state);
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.on('error', reject);
  });
}
