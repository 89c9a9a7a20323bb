// /_sim/*: the test harness's handle on the simulator. No key, never faulted, not part of the real API.
import { Hono } from 'hono';
import { SIMULATOR_SEED } from '../defaults';
import { scheduleSeededCallEnds, stopTimers } from '../engine';
import { NO_FAULTS, type Faults } from '../faults';
import { createRandom } from '../random';
import { createSeed } from '../seed';
import { findConversation, newId, NO_CALL_FAILURES, nowSecs, type CallFailureRates, type SimulatorState } from '../state';
import type { Conversation } from '../types';
import { deliver, webhookFor, type WebhookType } from '../webhooks';

export function controlRoutes(state: SimulatorState): Hono {
  const app = new Hono();
  // What the simulator started with, so a reset also undoes faults and configuration: a test that
  // set them and failed before putting them back must not leave them to the next suite.
  const start = {
    apiKey: state.apiKey,
    webhookUrl: state.webhookUrl,
    webhookSecret: state.webhookSecret,
    faults: { ...state.faults },
    audioIgnoresRange: state.audioIgnoresRange,
    callDurationMs: state.callDurationMs,
    seededCallSecs: state.seededCallSecs,
    callFailureRates: { ...state.callFailureRates },
    subscriptionTier: state.subscriptionTier,
  };
  app.get('/_sim/health', (c) => c.json({ ok: true, conversations: state.data.conversations.length }));
  app.post('/_sim/faults', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as Partial<Faults>;
    state.faults = { ...NO_FAULTS, ...body };
    return c.json(state.faults);
  });
  app.delete('/_sim/faults', (c) => {
    state.faults = { ...NO_FAULTS };
    return c.json(state.faults);
  });
  app.post('/_sim/config', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    if (typeof body.webhookUrl === 'string') state.webhookUrl = body.webhookUrl;
    if (typeof body.webhookSecret === 'string') state.webhookSecret = body.webhookSecret;
    if (typeof body.apiKey === 'string') state.apiKey = body.apiKey;
    if (typeof body.callDurationMs === 'number') state.callDurationMs = body.callDurationMs;
    if (typeof body.audioIgnoresRange === 'boolean') state.audioIgnoresRange = body.audioIgnoresRange;
    // A test that waits for a seeded live call to end shortens it: the calls still running end sooner.
    // (Their earlier timers stay, and do nothing for a call already ended.)
    if (typeof body.seededCallSecs === 'number') {
      state.seededCallSecs = body.seededCallSecs;
      scheduleSeededCallEnds(state);
    }
    if (typeof body.subscriptionTier === 'string') state.subscriptionTier = body.subscriptionTier;
    if (body.callFailureRates && typeof body.callFailureRates === 'object') {
      state.callFailureRates = { ...NO_CALL_FAILURES, ...(body.callFailureRates as Partial<CallFailureRates>) };
    }
    return c.json({
      webhookUrl: state.webhookUrl,
      callDurationMs: state.callDurationMs,
      audioIgnoresRange: state.audioIgnoresRange,
      seededCallSecs: state.seededCallSecs,
    });
  });
  app.post('/_sim/reset', (c) => {
    stopTimers(state);
    // A world kept in a file (the demo) reseeds from its anchor, so its times match what KV holds;
    // otherwise from the clock, as each start does.
    if (!state.stateFile) state.anchorSecs = nowSecs(state);
    state.data = createSeed(SIMULATOR_SEED, state.anchorSecs);
    state.requestCounts.clear();
    state.deliveries = [];
    state.outboundCallsPlaced = 0;
    Object.assign(state, { ...start, faults: { ...start.faults }, callFailureRates: { ...start.callFailureRates } });
    // After the configuration is back: the live calls' end webhooks go where the simulator started.
    scheduleSeededCallEnds(state);
    return c.json({ ok: true });
  });
  // A long synthetic call for rendering benchmarks: `turns` turns spread over the first recording.
  app.post('/_sim/conversations/long', async (c) => {
    const { turns = 1000 } = (await c.req.json().catch(() => ({}))) as { turns?: number };
    const template = state.data.conversations.find((x) => x.status === 'done' && x.has_audio)!;
    const copy: Conversation = structuredClone(template);
    copy.conversation_id = newId(state, 'conv');
    const spacing = (copy.metadata.call_duration_secs - 1) / turns;
    copy.transcript = Array.from({ length: turns }, (_, index) => ({
      ...template.transcript[index % template.transcript.length]!,
      time_in_call_secs: Math.round(index * spacing * 1000) / 1000,
    }));
    state.data.conversations.push(copy);
    return c.json({ conversation_id: copy.conversation_id });
  });
  // A large workspace for memory benchmarks: `count` more finished calls, one a minute back in time.
  // Clones share their transcripts, so tens of thousands cost the simulator little.
  app.post('/_sim/conversations/bulk', async (c) => {
    const { count = 20_000 } = (await c.req.json().catch(() => ({}))) as { count?: number };
    const templates = state.data.conversations.filter((x) => x.status === 'done');
    const random = createRandom(count ^ state.data.conversations.length);
    const oldest = Math.min(...state.data.conversations.map((x) => x.metadata.start_time_unix_secs));
    for (let i = 0; i < count; i++) {
      const template = templates[i % templates.length]!;
      state.data.conversations.push({
        ...template,
        conversation_id: random.id('conv'),
        metadata: { ...template.metadata, start_time_unix_secs: oldest - 60 * (i + 1) },
      });
    }
    return c.json({ conversations: state.data.conversations.length });
  });
  // Outbound calls seen: requests received on each endpoint (valid or not) and calls actually placed.
  app.get('/_sim/calls', (c) =>
    c.json({
      received: (state.requestCounts.get('/v1/convai/twilio/outbound-call') ?? 0) + (state.requestCounts.get('/v1/convai/sip-trunk/outbound-call') ?? 0),
      placed: state.outboundCallsPlaced,
    }),
  );
  app.get('/_sim/requests', (c) => c.json(Object.fromEntries(state.requestCounts)));
  app.get('/_sim/deliveries', (c) => c.json(state.deliveries));
  app.post('/_sim/webhooks/send', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { type?: WebhookType; conversation_id?: string; url?: string };
    const conversation = body.conversation_id ? findConversation(state, body.conversation_id) : state.data.conversations.find((x) => x.status === 'done' && x.has_audio);
    const url = body.url ?? state.webhookUrl;
    if (!conversation || !url) return c.json({ error: 'unknown conversation or no webhook URL configured' }, 400);
    const envelope = webhookFor(state, body.type ?? 'post_call_transcription', conversation);
    const delivery = await deliver(state, url, envelope);
    return c.json({ delivery, envelope: { ...envelope, data: envelope.type === 'post_call_audio' ? { ...envelope.data, full_audio: `<${String(envelope.data.full_audio).length} base64 chars>` } : envelope.data } });
  });
  return app;
}
