// Every /api route the product serves, with a sample path and the permission it requires. The guard
// suite calls each one without a session; e2e/kit/api-routes.test.ts fails when a route file exists
// that is not listed here, or declares another permission than the one listed.
import type { Permission } from '../../lib/auth/permissions';

export interface ApiRouteSample {
  file: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Public by design (verified by other means); everything else must answer 401 without a session. */
  public?: true;
  /** What withRoute checks for a signed-in caller; every non-public route names one. */
  permission?: Permission;
}

export const API_ROUTES: ApiRouteSample[] = [
  { file: 'app/api/auth/[...nextauth]/route.ts', method: 'GET', path: '/api/auth/session', public: true },
  { file: 'app/api/auth/[...nextauth]/route.ts', method: 'POST', path: '/api/auth/callback/credentials', public: true },
  { file: 'app/api/health/route.ts', method: 'GET', path: '/api/health', public: true },
  // Answers 404 in the error shape for any /api address without a route; serves nothing.
  { file: 'app/api/[...path]/route.ts', method: 'GET', path: '/api/no-such-route', public: true },
  { file: 'app/api/webhooks/elevenlabs/route.ts', method: 'POST', path: '/api/webhooks/elevenlabs', public: true },
  { file: 'app/api/settings/route.ts', method: 'GET', path: '/api/settings', permission: 'settings.read' },
  { file: 'app/api/settings/api-key/route.ts', method: 'PUT', path: '/api/settings/api-key', permission: 'settings.write' },
  { file: 'app/api/settings/api-key/test/route.ts', method: 'POST', path: '/api/settings/api-key/test', permission: 'settings.write' },
  { file: 'app/api/settings/webhook-secret/route.ts', method: 'PUT', path: '/api/settings/webhook-secret', permission: 'settings.write' },
  { file: 'app/api/settings/webhook-secret/previous/route.ts', method: 'DELETE', path: '/api/settings/webhook-secret/previous', permission: 'settings.write' },
  { file: 'app/api/settings/region/route.ts', method: 'PUT', path: '/api/settings/region', permission: 'settings.write' },
  { file: 'app/api/settings/billing-plan/route.ts', method: 'PUT', path: '/api/settings/billing-plan', permission: 'settings.write' },
  { file: 'app/api/settings/webhook-allowlist/route.ts', method: 'PUT', path: '/api/settings/webhook-allowlist', permission: 'settings.write' },
  { file: 'app/api/webhooks/deliveries/route.ts', method: 'GET', path: '/api/webhooks/deliveries', permission: 'webhooks.read' },
  { file: 'app/api/webhooks/deliveries/[id]/route.ts', method: 'GET', path: '/api/webhooks/deliveries/1764000000000-0a1b2c3d', permission: 'webhooks.read' },
  { file: 'app/api/batch-calls/route.ts', method: 'POST', path: '/api/batch-calls', permission: 'batches.write' },
  { file: 'app/api/batch-calls/estimate/route.ts', method: 'GET', path: '/api/batch-calls/estimate?agent_id=agent_1', permission: 'batches.read' },
  { file: 'app/api/batch-calls/route.ts', method: 'GET', path: '/api/batch-calls', permission: 'batches.read' },
  { file: 'app/api/batch-calls/[id]/route.ts', method: 'GET', path: '/api/batch-calls/btcal_sample', permission: 'batches.read' },
  { file: 'app/api/batch-calls/[id]/route.ts', method: 'DELETE', path: '/api/batch-calls/btcal_sample', permission: 'batches.write' },
  { file: 'app/api/batch-calls/[id]/cancel/route.ts', method: 'POST', path: '/api/batch-calls/btcal_sample/cancel', permission: 'batches.write' },
  { file: 'app/api/batch-calls/[id]/retry/route.ts', method: 'POST', path: '/api/batch-calls/btcal_sample/retry', permission: 'batches.write' },
  { file: 'app/api/batch-calls/[id]/export/route.ts', method: 'GET', path: '/api/batch-calls/btcal_sample/export', permission: 'batches.read' },
  { file: 'app/api/webhooks/health/route.ts', method: 'GET', path: '/api/webhooks/health', permission: 'webhooks.read' },
  { file: 'app/api/agents/route.ts', method: 'GET', path: '/api/agents', permission: 'agents.read' },
  { file: 'app/api/agents/route.ts', method: 'POST', path: '/api/agents', permission: 'agents.write' },
  { file: 'app/api/agents/options/route.ts', method: 'GET', path: '/api/agents/options', permission: 'agents.read' },
  { file: 'app/api/agents/[id]/route.ts', method: 'GET', path: '/api/agents/agent_sample', permission: 'agents.read' },
  { file: 'app/api/agents/[id]/route.ts', method: 'PATCH', path: '/api/agents/agent_sample', permission: 'agents.write' },
  { file: 'app/api/agents/[id]/route.ts', method: 'DELETE', path: '/api/agents/agent_sample', permission: 'agents.write' },
  { file: 'app/api/agents/[id]/duplicate/route.ts', method: 'POST', path: '/api/agents/agent_sample/duplicate', permission: 'agents.write' },
  { file: 'app/api/agents/[id]/history/route.ts', method: 'GET', path: '/api/agents/agent_sample/history', permission: 'agents.read' },
  { file: 'app/api/agents/[id]/history/[entryId]/route.ts', method: 'GET', path: '/api/agents/agent_sample/history/8299999999999-0a1b2c3d', permission: 'agents.read' },
  { file: 'app/api/agents/[id]/history/[entryId]/restore/route.ts', method: 'POST', path: '/api/agents/agent_sample/history/8299999999999-0a1b2c3d/restore', permission: 'agents.write' },
  { file: 'app/api/phone-numbers/route.ts', method: 'GET', path: '/api/phone-numbers', permission: 'agents.read' },
  { file: 'app/api/phone-numbers/[id]/route.ts', method: 'PATCH', path: '/api/phone-numbers/phnum_sample', permission: 'agents.write' },
  { file: 'app/api/calls/route.ts', method: 'GET', path: '/api/calls', permission: 'calls.read' },
  { file: 'app/api/calls/route.ts', method: 'POST', path: '/api/calls', permission: 'calls.place' },
  { file: 'app/api/calls/export/route.ts', method: 'GET', path: '/api/calls/export', permission: 'calls.read' },
  { file: 'app/api/calls/[id]/route.ts', method: 'GET', path: '/api/calls/8235000000000-0a1b2c3d', permission: 'calls.read' },
  { file: 'app/api/conversations/route.ts', method: 'GET', path: '/api/conversations', permission: 'conversations.read' },
  { file: 'app/api/conversations/filter-options/route.ts', method: 'GET', path: '/api/conversations/filter-options', permission: 'conversations.read' },
  { file: 'app/api/conversations/export/route.ts', method: 'GET', path: '/api/conversations/export', permission: 'conversations.read' },
  { file: 'app/api/conversations/[id]/route.ts', method: 'GET', path: '/api/conversations/conv_sample', permission: 'conversations.read' },
  { file: 'app/api/conversations/[id]/route.ts', method: 'DELETE', path: '/api/conversations/conv_sample', permission: 'conversations.delete' },
  { file: 'app/api/conversations/[id]/audio/route.ts', method: 'GET', path: '/api/conversations/conv_sample/audio', permission: 'conversations.read' },
];
