// GET /api/conversations/:id for calls that never connected: the call_initiation_failure record
// the webhook left is what the page shows, whether ElevenLabs kept a conversation or not.
import { describe, expect, it, vi } from 'vitest';
import { callFailureRecord } from '@/lib/conversations/records';
import { callFailureFromPayload, describeCallFailure } from '@/lib/conversations/call-failure';
import { createKvStore } from '@/lib/kv';
import { callRoute } from '@/lib/testing/routes';
import { useRouteStack } from '@/lib/testing/route-stack';
import { callFailureOf } from '@/lib/webhooks/receiver';
import * as detailRoute from './route';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

const stack = useRouteStack();

const detail = (id: string) => callRoute(detailRoute.GET, 'GET', `/api/conversations/${id}`, undefined, { params: { id } });
const sip = { type: 'sip', body: { from_number: '+14155550123', to_number: '+14155550000', sip_status_code: 486, error_reason: 'Busy here' } };

async function keepFailure(id: string) {
  const failure = callFailureOf({ agent_id: 'agent_x', conversation_id: id, failure_reason: 'busy', metadata: sip }, 1_764_000_000);
  await callFailureRecord.put(createKvStore(stack.platform.env.KV), failure, { parts: id });
  return failure;
}

describe('a call that never connected', () => {
  it('answers 404 with the failure when ElevenLabs has no conversation for it', async () => {
    const failure = await keepFailure('conv_never_connected');
    const result = await detail('conv_never_connected');
    expect(result.status).toBe(404);
    expect(result.body.error.code).toBe('not_found');
    expect(result.body.error.details).toEqual({ callFailure: failure });
  });

  it('answers a plain 404 when there is no failure either', async () => {
    const result = await detail('conv_nothing_known');
    expect(result.status).toBe(404);
    expect(result.body.error.details).toBeUndefined();
  });

  it('adds the failure to a failed conversation ElevenLabs kept', async () => {
    const failed = stack.simulator.state.data.conversations.find((c) => c.status === 'failed')!;
    const failure = await keepFailure(failed.conversation_id);
    const result = await detail(failed.conversation_id);
    expect(result.status).toBe(200);
    expect(result.body.failure).toEqual(failure);
  });
});

describe('describeCallFailure', () => {
  it.each([
    ['sip', { reason: 'busy', provider: 'sip', details: sip.body }, { reason: 'The line was busy', to: '+14155550000', from: '+14155550123', providerDetail: 'SIP · status 486 · Busy here' }],
    ['twilio', { reason: 'no-answer', provider: 'twilio', details: { To: '+442071838750', From: '+14155550188', CallStatus: 'no-answer' } }, { reason: 'Nobody answered', to: '+442071838750', from: '+14155550188', providerDetail: 'Twilio · no-answer' }],
    ['no details', { reason: 'carrier_down', provider: null, details: null }, { reason: 'The call did not connect (carrier_down)', to: null, from: null, providerDetail: null }],
  ])('%s', (_, failure, expected) => {
    expect(describeCallFailure(failure)).toEqual(expected);
  });

  it('reads a delivery payload tolerantly', () => {
    expect(callFailureFromPayload({ type: 'call_initiation_failure', data: { conversation_id: 'c', agent_id: 'a', failure_reason: 'busy', metadata: sip } }, 'then')).toMatchObject({
      conversationId: 'c',
      provider: 'sip',
      details: sip.body,
    });
    expect(callFailureFromPayload({ data: { conversation_id: 'c' } }, 'then')).toBeNull();
    expect(callFailureFromPayload('nonsense', 'then')).toBeNull();
  });
});
