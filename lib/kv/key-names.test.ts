// Key names are part of the product's contract (README, "KV keys"): an operator may read or
// migrate them by hand, so each declared record is held to its exact name here.
import { describe, expect, it } from 'vitest';
import { agentHistoryRecord, agentRecord } from '@/lib/agents/records';
import { auditRecord } from '@/lib/audit/records';
import { submitOutcomeRecord } from '@/lib/batches/submit-records';
import { loginAttemptRecord } from '@/lib/auth/records';
import { batchRecord } from '@/lib/batches/records';
import { callFailureRecord, conversationAudioBlob, conversationRecord, deliveryPointerRecord } from '@/lib/conversations/records';
import { callRecord } from '@/lib/calls/records';
import { claimRecord } from '@/lib/idempotency/records';
import { billingPlanRecord, ipAllowlistRecord, legacySettingsRecord, regionRecord } from '@/lib/settings/records';
import { secretRecords } from '@/lib/settings/secret-record';
import { deliveryIndexRecord, deliveryLogRecord, rejectionTallyRecord, seenDeliveryRecord, tallyParts } from '@/lib/webhooks/records';

describe('declared KV records', () => {
  it.each([
    [secretRecords.apiKey.key(), 'elevenlabs_api_key'],
    [secretRecords.webhookSecret.key(), 'elevenlabs_webhook_secret'],
    [conversationRecord.key('conv_1'), 'elevenlabs_conversations:conv_1'],
    [conversationAudioBlob.key('conv_1'), 'elevenlabs_conversation_audio:conv_1'],
    [batchRecord.key('btcal_1'), 'elevenlabs_batch_calls:btcal_1'],
    [deliveryLogRecord.key('1700000000000-0a1b2c3d'), 'elevenlabs_webhooks:1700000000000-0a1b2c3d'],
    [deliveryIndexRecord.key('8299999999999-0a1b2c3d'), 'voicedesk_webhook_index:8299999999999-0a1b2c3d'],
    [deliveryPointerRecord.key(['conv_1', 'log1']), 'voicedesk_webhook_by_conversation:conv_1:log1'],
    [seenDeliveryRecord.key('abc'), 'voicedesk_webhook_seen:abc'],
    [rejectionTallyRecord.key(tallyParts(472222, 'inst')), 'voicedesk_webhook_rejections:00472222:inst'],
    [callFailureRecord.key('conv_1'), 'voicedesk_call_failure:conv_1'],
    [agentRecord.key('agent_1'), 'elevenlabs_agents:agent_1'],
    [agentHistoryRecord.key(['agent_1', '8299999999999-0a1b2c3d']), 'voicedesk_agent_history:agent_1:8299999999999-0a1b2c3d'],
    [regionRecord.key(), 'voicedesk_settings:region'],
    [ipAllowlistRecord.key(), 'voicedesk_settings:webhook_ip_allowlist'],
    [billingPlanRecord.key(), 'voicedesk_settings:billing_plan'],
    [legacySettingsRecord.key(), 'voicedesk_settings'],
    [auditRecord.key('8299999999999-0a1b2c3d'), 'voicedesk_audit:8299999999999-0a1b2c3d'],
    [loginAttemptRecord.key(['hash', '8299999999999-0a1b2c3d']), 'voicedesk_login_attempts:hash:8299999999999-0a1b2c3d'],
    [submitOutcomeRecord.key('1700000000000-0a1b2c3d'), 'voicedesk_batch_submit:1700000000000-0a1b2c3d'],
    [callRecord.key('8299999999999-0a1b2c3d'), 'elevenlabs_outbound_call:8299999999999-0a1b2c3d'],
    [claimRecord.key(['hash', '1700000000000-0a1b2c3d']), 'voicedesk_idempotency:hash:1700000000000-0a1b2c3d'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
