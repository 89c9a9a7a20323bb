// The records kept about a conversation, against real local KV: the call-failure record's schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKvStore, type KvStore } from '@/lib/kv';
import { startTestPlatform, type TestPlatform } from '@/lib/testing/platform';
import { callFailureOf } from '@/lib/webhooks/receiver';
import { callFailureRecord, callFailureSchema } from './records';

let platform: TestPlatform;
let kv: KvStore;

beforeAll(async () => {
  platform = await startTestPlatform();
  kv = createKvStore(platform.env.KV);
});
afterAll(() => platform.dispose());

const event = (data: Record<string, unknown>) => callFailureOf({ agent_id: 'agent_1', conversation_id: 'conv_f', failure_reason: 'busy', ...data }, 1_700_000_000);

describe('call-failure record', () => {
  it.each([
    ['with the provider', { metadata: { type: 'twilio', body: { CallStatus: 'busy' } } }, 'twilio', { CallStatus: 'busy' }],
    ['without metadata', {}, null, null],
    ['with null metadata', { metadata: null }, null, null],
  ])('what the receiver keeps of an event %s passes the schema', (_name, data, provider, details) => {
    const failure = event(data);
    expect(callFailureSchema.parse(failure)).toEqual({
      conversationId: 'conv_f',
      agentId: 'agent_1',
      reason: 'busy',
      provider,
      details,
      at: '2023-11-14T22:13:20.000Z',
    });
  });

  it('round-trips under voicedesk_call_failure:{conversation_id}', async () => {
    const failure = event({ metadata: { type: 'sip', body: { code: 486 } } });
    await callFailureRecord.put(kv, failure, { parts: failure.conversationId });
    expect(await platform.env.KV.get('voicedesk_call_failure:conv_f')).not.toBeNull();
    expect(await callFailureRecord.get(kv, 'conv_f')).toEqual(failure);
  });

  it.each([
    ['no reason', { conversationId: 'c', agentId: 'a', provider: null, details: null, at: 'x' }],
    ['details not an object', { conversationId: 'c', agentId: 'a', reason: 'busy', provider: null, details: 'text', at: 'x' }],
    ['not JSON', '{'],
  ])('a stored record with %s reads as absent', async (_name, value) => {
    await platform.env.KV.put(callFailureRecord.key('conv_bad'), typeof value === 'string' ? value : JSON.stringify(value));
    expect(await callFailureRecord.get(kv, 'conv_bad')).toBeNull();
  });
});
