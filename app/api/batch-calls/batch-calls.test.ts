// Batch call routes (the follow side) against the simulator and real local KV: the list's paging and
// filters, the detail and its stored copy served stale when ElevenLabs is down, cancel / retry / delete
// with their audit entries, and the export's join with each call's analysis.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { readAudit } from '@/lib/audit/service';
import { batchRecord } from '@/lib/batches/records';
import { getKv } from '@/lib/kv';
import { callRoute } from '@/lib/testing/routes';
import { useRouteStack } from '@/lib/testing/route-stack';
import * as listRoute from './route';
import * as detailRoute from './[id]/route';
import * as cancelRoute from './[id]/cancel/route';
import * as retryRoute from './[id]/retry/route';
import * as exportRoute from './[id]/export/route';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

const stack = useRouteStack({ simulator: { callDurationMs: 40 } });

async function submit(name: string, phoneNumbers: string[], extra: Record<string, unknown> = {}, agentIndex = 0): Promise<{ id: string }> {
  const agent = stack.simulator.state.data.agents[agentIndex]!;
  const phone = stack.simulator.state.data.phoneNumbers[0]!;
  return stack.sim('/v1/convai/batch-calling/submit', {
    method: 'POST',
    body: JSON.stringify({
      call_name: name,
      agent_id: agent.agent_id,
      agent_phone_number_id: phone.phone_number_id,
      recipients: phoneNumbers.map((phone_number, i) => ({ phone_number, conversation_initiation_client_data: { dynamic_variables: { customer_name: i === 0 ? '=HYPERLINK("x")' : `C${i}`, order: i } } })),
      ...extra,
    }),
  });
}

const finished = async (id: string) => {
  await vi.waitFor(async () => expect(['completed', 'failed', 'cancelled']).toContain((await stack.sim(`/v1/convai/batch-calling/${id}`)).status), { timeout: 5000, interval: 20 });
};

const get = (id: string) => callRoute(detailRoute.GET, 'GET', `/api/batch-calls/${id}`, undefined, { params: { id } });
const list = (query = '') => callRoute(listRoute.GET, 'GET', `/api/batch-calls${query}`);

beforeEach(async () => {
  await stack.sim('/_sim/batches/config', { method: 'POST', body: JSON.stringify({ dispatchMs: 10, ringMs: 10, callMs: 20, tickMs: 10 }) });
});

describe('GET /api/batch-calls', () => {
  it('pages through every batch once, newest first, and filters by agent and status', async () => {
    for (let i = 0; i < 33; i++) await submit(`Paging ${i}`, ['+14155553001'], { scheduled_time_unix: Math.floor(Date.now() / 1000) + 86_400 });
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer = await list(cursor ? `?cursor=${encodeURIComponent(cursor)}` : '');
      expect(answer.status).toBe(200);
      expect(answer.body.source).toBe('live');
      ids.push(...answer.body.batches.map((b: { id: string }) => b.id));
      cursor = answer.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(2);
    expect(new Set(ids).size).toBe(stack.simulator.state.data.batchCalls.length);

    const pending = await list('?status=pending');
    expect(pending.body.batches.length).toBeGreaterThanOrEqual(30);
    expect(pending.body.batches.every((b: { status: string }) => b.status === 'pending')).toBe(true);
    const agentId = stack.simulator.state.data.agents[3]!.agent_id;
    const byAgent = await list(`?agent=${agentId}`);
    expect(byAgent.body.batches.map((b: { name: string }) => b.name)).toEqual(['Delivery notices — today']);
  });

  it('names a bad filter', async () => {
    const answer = await list('?status=running');
    expect(answer.status).toBe(422);
    expect(answer.body.error.details.fields[0].field).toBe('status');
  });
});

describe('GET /api/batch-calls/:id', () => {
  it('answers live, stores a copy, and serves it stale (with the list) when ElevenLabs is down', async () => {
    const { id } = await submit('Stale check', ['+14155553101', '+14155553102']);
    await finished(id);
    const live = await get(id);
    expect(live.status).toBe(200);
    expect(live.headers.get('x-cache')).toBe('live');
    expect(live.body.batch.recipients).toHaveLength(2);
    await list();
    await stack.platform.settle();
    const stored = await batchRecord.get(getKv(), id);
    expect(stored?.recipients).toHaveLength(2);

    await stack.sim('/_sim/faults', { method: 'POST', body: JSON.stringify({ rate500: 1, paths: '/v1/convai/batch-calling' }) });
    const stale = await get(id);
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ source: 'stale', storedAt: stored!.storedAt });
    expect(stale.body.batch.recipients.map((r: { status: string }) => r.status)).toEqual(live.body.batch.recipients.map((r: { status: string }) => r.status));
    // Filtered to finished batches: the 33 the first test scheduled may share this one's second, and a
    // page of 30 ordered by created_at_unix could then leave it out.
    const staleList = await list('?status=completed');
    expect(staleList.body.source).toBe('stale');
    expect(staleList.body.batches.map((b: { id: string }) => b.id)).toContain(id);
    // A batch never stored has nothing to fall back on: the upstream error stands.
    const unknown = await get('btcal_never_seen');
    expect(unknown.status).toBe(502);
  });

  it('a finished batch read again is not stored again (KV writes are rationed)', async () => {
    const { id } = await submit('Read twice', ['+14155553111']);
    await finished(id);
    await get(id);
    await stack.platform.settle();
    const first = await batchRecord.get(getKv(), id);
    expect(first?.recipients).toHaveLength(1);
    await get(id);
    await list();
    await stack.platform.settle();
    expect((await batchRecord.get(getKv(), id))?.storedAt).toBe(first!.storedAt);
  });

  it('404s an unknown batch', async () => {
    const answer = await get('btcal_unknown');
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('not_found');
  });
});

describe('cancel, retry, delete', () => {
  it('cancel stops a scheduled batch, is audited, and a second cancel is a conflict', async () => {
    const { id } = await submit('Cancel me', ['+14155553201', '+14155553202'], { scheduled_time_unix: Math.floor(Date.now() / 1000) + 3600 });
    const cancelled = await callRoute(cancelRoute.POST, 'POST', `/api/batch-calls/${id}/cancel`, undefined, { params: { id } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await get(id)).body.batch.recipients.every((r: { status: string }) => r.status === 'cancelled')).toBe(true);
    expect((await readAudit(5))[0]).toMatchObject({ action: 'batch_cancelled', actor: 'admin@example.com' });
    const again = await callRoute(cancelRoute.POST, 'POST', `/api/batch-calls/${id}/cancel`, undefined, { params: { id } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
  });

  it('retry calls failed and voicemail recipients again', async () => {
    const { id } = await submit('Retry me', ['+14155550000', '+14155559999', '+14155553301']);
    await finished(id);
    const retried = await callRoute(retryRoute.POST, 'POST', `/api/batch-calls/${id}/retry`, undefined, { params: { id } });
    expect(retried.status).toBe(200);
    expect(retried.body.retry_count).toBe(1);
    expect((await readAudit(5))[0]).toMatchObject({ action: 'batch_retried' });
    await finished(id);
    const after = await get(id);
    expect(after.body.batch.recipients.find((r: { phone_number: string }) => r.phone_number === '+14155550000').status).toBe('failed');
  });

  it('delete removes it upstream and the stored copy, audited', async () => {
    const { id } = await submit('Delete me', ['+14155553401']);
    await finished(id);
    await get(id);
    await stack.platform.settle();
    expect(await batchRecord.get(getKv(), id)).not.toBeNull();
    const deleted = await callRoute(detailRoute.DELETE, 'DELETE', `/api/batch-calls/${id}`, undefined, { params: { id } });
    expect(deleted.status).toBe(204);
    expect(await batchRecord.get(getKv(), id)).toBeNull();
    expect((await get(id)).status).toBe(404);
    expect((await readAudit(5))[0]).toMatchObject({ action: 'batch_deleted', detail: `Batch "Delete me" (${id}) deleted` });
  });
});

describe('GET /api/batch-calls/:id/export', () => {
  it('joins each recipient with its call: outcome, evaluation results, collected data; formulas escaped', async () => {
    const { id } = await submit('Export me', ['+14155553501', '+14155550000', '+14155553503', '+14155553504']);
    await finished(id);
    const answer = await callRoute(exportRoute.GET, 'GET', `/api/batch-calls/${id}/export`, undefined, { params: { id } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/csv');
    const rows = Papa.parse<string[]>(answer.text.trim()).data;
    const [header, ...body] = rows;
    expect(header!.slice(0, 6)).toEqual(['recipient_id', 'phone_number', 'status', 'conversation_id', 'call_status', 'outcome']);
    expect(header).toEqual(expect.arrayContaining(['var:customer_name', 'var:order']));
    const evaluation = header!.filter((h) => h.startsWith('evaluation:'));
    const data = header!.filter((h) => h.startsWith('data:'));
    expect(evaluation.length).toBeGreaterThan(0);
    expect(data.length).toBeGreaterThan(0);
    expect(body).toHaveLength(4);
    const detail = (await get(id)).body.batch;
    const col = (name: string) => header!.indexOf(name);
    for (const row of body) {
      const recipient = detail.recipients.find((r: { id: string }) => r.id === row[0]);
      expect(row[col('status')]).toBe(recipient.status);
      const conversation = recipient.conversation_id ? await stack.sim(`/v1/convai/conversations/${recipient.conversation_id}`) : null;
      if (conversation?.status === 'done') {
        expect(row[col('outcome')]).toBe(conversation.analysis.call_successful);
        const criterion = evaluation[0]!.slice('evaluation:'.length);
        expect(row[col(evaluation[0]!)]).toBe(conversation.analysis.evaluation_criteria_results[criterion]?.result ?? '');
      }
    }
    // E.164 numbers start with '+', one of the formula characters: the apostrophe keeps them text.
    const busy = body.find((row) => row[1] === "'+14155550000")!;
    expect(busy[col('status')]).toBe('failed');
    expect(busy[col('call_status')]).toBe('failed');
    expect(body.find((row) => row[1] === "'+14155553501")![col('var:customer_name')]).toBe(`'=HYPERLINK("x")`);
  });
});
