// Batch calling: submit, the workspace list (paged by last_doc), detail, cancel, retry, delete; and
// /_sim/batches/* (timings, a large batch for the benchmarks). The progress itself: ../batch-engine.ts.
import { Hono } from 'hono';
import { advanceBatch, advanceBatches, batchTiming, cancelBatch, makeLargeBatch, refusedOverride, retryBatch, setBatchTiming, startBatch } from '../batch-engine';
import { e164, readBody, REQUEST_SCHEMAS } from '../body';
import { detailError, notFound, validationError, type ValidationItem } from '../errors';
import { findAgent, findBatch, findPhoneNumber, newId, nowSecs, type SimulatorState } from '../state';
import type { BatchCall } from '../types';
import { intParam, type QueryCheck } from '../validation';
import { batchDetailView, batchView } from '../views';

export function batchRoutes(state: SimulatorState): Hono {
  const app = new Hono();
  app.post('/v1/convai/batch-calling/submit', async (c) => {
    const parsed = await readBody(c, REQUEST_SCHEMAS.submitBatch, {
      open: [['recipients', '*', 'conversation_initiation_client_data', 'conversation_config_override']],
      refine: refineBatch,
    });
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const name = body.call_name as string;
    const agentId = body.agent_id as string;
    const phoneId = body.agent_phone_number_id as string;
    const scheduled = body.scheduled_time_unix;
    const recipients = body.recipients as unknown[];
    const agent = findAgent(state, agentId);
    if (!agent) return notFound(c, 'agent');
    // An override column the agent does not allow fails the batch: refused before anything is called.
    const refused = refusedOverride(agent, recipients);
    if (refused) {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'override_not_allowed', message: `Override for field '${refused}' is not allowed by config.` });
    }
    const phone = findPhoneNumber(state, phoneId);
    if (!phone) return notFound(c, 'phone_number');
    const now = nowSecs(state);
    const id = newId(state, 'btcal');
    const limit = body.target_concurrency_limit;
    const batch: BatchCall & { target_concurrency_limit?: number } = {
      id,
      phone_number_id: phone.phone_number_id,
      phone_provider: phone.provider,
      name,
      agent_id: agent.agent_id,
      agent_name: agent.name,
      created_at_unix: now,
      scheduled_time_unix: typeof scheduled === 'number' ? scheduled : now,
      total_calls_dispatched: 0,
      total_calls_scheduled: (recipients as unknown[]).length,
      total_calls_finished: 0,
      last_updated_at_unix: now,
      status: 'pending',
      retry_count: 0,
      telephony_call_config: {},
      ...(typeof limit === 'number' ? { target_concurrency_limit: limit } : {}),
      recipients: (recipients as { id?: string; phone_number: string; conversation_initiation_client_data?: Record<string, unknown> }[]).map((r, index) => ({
        id: r.id ?? `rcp_${id.slice(6, 14)}_${index}`,
        phone_number: r.phone_number,
        status: 'pending',
        created_at_unix: now,
        updated_at_unix: now,
        conversation_id: null,
        conversation_initiation_client_data: r.conversation_initiation_client_data ?? null,
      })),
    };
    state.data.batchCalls.unshift(batch);
    startBatch(state, batch);
    return c.json(batchView(batch));
  });

  app.get('/v1/convai/batch-calling/workspace', (c) => {
    const check: QueryCheck = { items: [] };
    const limit = intParam(c, 'limit', check, { min: 1 }) ?? 100;
    if (check.items.length) return validationError(c, check.items);
    advanceBatches(state);
    const agentId = c.req.query('agent_id');
    const items = state.data.batchCalls.filter((b) => !agentId || b.agent_id === agentId).sort((a, b) => b.created_at_unix - a.created_at_unix);
    const lastDoc = c.req.query('last_doc');
    const start = lastDoc ? items.findIndex((b) => b.id === lastDoc) + 1 : 0;
    if (lastDoc && start === 0) return validationError(c, [{ loc: ['query', 'last_doc'], msg: 'Invalid cursor', type: 'value_error', input: lastDoc }]);
    const page = items.slice(start, start + limit);
    const hasMore = start + limit < items.length;
    return c.json({ batch_calls: page.map(batchView), next_doc: hasMore ? page[page.length - 1]!.id : null, has_more: hasMore });
  });

  app.get('/v1/convai/batch-calling/:id', (c) => {
    const batch = findBatch(state, c.req.param('id'));
    if (!batch) return notFound(c, 'batch_call');
    advanceBatch(state, batch);
    return c.json(batchDetailView(batch));
  });

  app.post('/v1/convai/batch-calling/:id/cancel', (c) => {
    const batch = findBatch(state, c.req.param('id'));
    if (!batch) return notFound(c, 'batch_call');
    advanceBatch(state, batch);
    if (batch.status === 'completed' || batch.status === 'failed' || batch.status === 'cancelled') {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'batch_not_cancellable', message: `A ${batch.status} batch cannot be cancelled.` });
    }
    cancelBatch(state, batch);
    return c.json(batchView(batch));
  });

  app.post('/v1/convai/batch-calling/:id/retry', (c) => {
    const batch = findBatch(state, c.req.param('id'));
    if (!batch) return notFound(c, 'batch_call');
    advanceBatch(state, batch);
    if (batch.status === 'pending' || batch.status === 'in_progress') {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'batch_not_retryable', message: 'A batch can be retried once it has finished.' });
    }
    if (retryBatch(state, batch) === 0) {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'nothing_to_retry', message: 'No failed or unanswered recipients to retry.' });
    }
    return c.json(batchView(batch));
  });

  app.delete('/v1/convai/batch-calling/:id', (c) => {
    const index = state.data.batchCalls.findIndex((b) => b.id === c.req.param('id'));
    if (index < 0) return notFound(c, 'batch_call');
    state.data.batchCalls.splice(index, 1);
    return c.body(null, 200);
  });

  // Not the real API: the test harness's handle on batch timings (each reset restores the defaults).
  app.get('/_sim/batches/config', (c) => c.json(batchTiming(state)));
  app.post('/_sim/batches/config', async (c) => c.json(setBatchTiming(state, (await c.req.json().catch(() => ({}))) as Record<string, unknown>)));
  // A scheduled batch starts now, so a test can watch one go from pending without waiting for its time.
  app.post('/_sim/batches/:id/start', (c) => {
    const batch = findBatch(state, c.req.param('id'));
    if (!batch || batch.status !== 'pending') return c.json({ error: 'no such pending batch' }, 404);
    batch.scheduled_time_unix = nowSecs(state);
    startBatch(state, batch);
    return c.json(batchView(batch));
  });
  app.post('/_sim/batches/large', async (c) => {
    const { count = 10_000, name = 'Bench — 10,000 recipients' } = (await c.req.json().catch(() => ({}))) as { count?: number; name?: string };
    const batch = makeLargeBatch(state, Math.min(Math.max(1, count), 10_000), name);
    return c.json({ id: batch.id, recipients: batch.recipients.length });
  });
  return app;
}

/**
 * What the SDK leaves optional for WhatsApp batches (the phone number, each recipient's number) is
 * required here, since the simulator calls phones only; the list bounds are the API's.
 */
function refineBatch(body: Record<string, unknown>): ValidationItem[] {
  const items: ValidationItem[] = [];
  if (body.agent_phone_number_id === undefined || body.agent_phone_number_id === null) {
    items.push({ type: 'missing', loc: ['body', 'agent_phone_number_id'], msg: 'Field required', input: body });
  }
  const scheduled = body.scheduled_time_unix;
  if (typeof scheduled === 'number' && !Number.isInteger(scheduled)) {
    items.push({ type: 'int_type', loc: ['body', 'scheduled_time_unix'], msg: 'Input should be a valid integer', input: scheduled });
  }
  const recipients = body.recipients;
  if (!Array.isArray(recipients)) return items;
  if (recipients.length === 0) items.push({ type: 'too_short', loc: ['body', 'recipients'], msg: 'List should have at least 1 item after validation, not 0', input: recipients });
  else if (recipients.length > 10_000) items.push({ type: 'too_long', loc: ['body', 'recipients'], msg: 'List should have at most 10000 items after validation', input: `<${recipients.length} items>` });
  else {
    recipients.forEach((recipient: unknown, index: number) => {
      if (!recipient || typeof recipient !== 'object') return;
      const phoneNumber = (recipient as { phone_number?: unknown }).phone_number;
      if (phoneNumber === undefined || phoneNumber === null) items.push({ type: 'missing', loc: ['body', 'recipients', index, 'phone_number'], msg: 'Field required', input: recipient });
      else items.push(...e164(['recipients', index, 'phone_number'], phoneNumber));
    });
  }
  return items;
}
