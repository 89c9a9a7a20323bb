// The audit log: who changed a secret or setting, or deleted a conversation, and when. Types and
// labels only, shared by the browser and the server (no zod).

export const AUDIT_ACTIONS = [
  'api_key_set',
  'webhook_secret_set',
  'webhook_secret_rotated',
  'webhook_secret_previous_revoked',
  'region_set',
  'webhook_allowlist_set',
  'billing_plan_set',
  'conversation_deleted',
  'agent_deleted',
  'batch_cancelled',
  'batch_retried',
  'batch_deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  at: string;
  actor: string;
  action: AuditAction;
  detail: string;
}

/** The short label the change log shows beside each entry. */
export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  api_key_set: 'API key',
  webhook_secret_set: 'Webhook secret',
  webhook_secret_rotated: 'Webhook secret',
  webhook_secret_previous_revoked: 'Webhook secret',
  region_set: 'Region',
  webhook_allowlist_set: 'IP allowlist',
  billing_plan_set: 'Plan',
  conversation_deleted: 'Conversation deleted',
  agent_deleted: 'Agent deleted',
  batch_cancelled: 'Batch cancelled',
  batch_retried: 'Batch retried',
  batch_deleted: 'Batch deleted',
};
