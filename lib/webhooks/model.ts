// Webhooks: event and refusal names and words, and the shapes pages read. No zod and no server
// imports: pages use it too.

export const WEBHOOK_TYPES = ['post_call_transcription', 'post_call_audio', 'call_initiation_failure'] as const;
export type WebhookType = (typeof WEBHOOK_TYPES)[number];

export const WEBHOOK_TYPE_LABELS: Record<WebhookType, string> = {
  post_call_transcription: 'Transcription',
  post_call_audio: 'Audio',
  call_initiation_failure: 'Call failed to start',
};

export function isKnownWebhookType(type: string): type is WebhookType {
  return (WEBHOOK_TYPES as readonly string[]).includes(type);
}

/** An event type ElevenLabs added after this code is logged and shown as its raw name. */
export function webhookTypeLabel(type: string): string {
  return isKnownWebhookType(type) ? WEBHOOK_TYPE_LABELS[type] : type;
}

/** Why a delivery was refused, in words for the health panel. */
export const REJECTION_REASONS = {
  missing_signature: 'No ElevenLabs-Signature header',
  malformed_signature: 'Garbled ElevenLabs-Signature header',
  signature_mismatch: 'Signature does not match (wrong secret or altered body)',
  stale_timestamp: 'Signature older than 30 minutes',
  future_timestamp: 'Signature timestamp in the future',
  secret_not_configured: 'No webhook secret set',
  ip_not_allowed: 'Source IP not on the allowlist',
  body_too_large: 'Body too large',
  not_json: 'Body is not JSON',
  not_a_webhook: 'Not a post-call webhook',
} as const;

export type RejectionReason = keyof typeof REJECTION_REASONS;
export type RejectionCounts = Partial<Record<RejectionReason, number>>;

/**
 * Accepted but not logged, only counted: a replayed body (ElevenLabs' retry, or someone resending a
 * captured delivery) is answered 200 and writes nothing.
 */
export const IGNORED_DELIVERIES = {
  duplicate: 'Repeated body, already applied',
} as const;

export type IgnoredReason = keyof typeof IGNORED_DELIVERIES;
/** What the per-instance tallies count: refusals, and replays answered without a write. */
export type TallyReason = RejectionReason | IgnoredReason;
export type TallyCounts = Partial<Record<TallyReason, number>>;

export interface WebhookLogEntry {
  /** A known WebhookType, or the raw name of a type this code does not act on. */
  type: string;
  /** Null only for an unknown type whose data names no conversation (or agent). */
  conversationId: string | null;
  agentId: string | null;
  receivedAt: string;
  eventTimestamp: number;
  bytes: number;
  /** Only in entries written while a replayed body was still logged (marked, not applied); now it is not logged. */
  duplicate?: boolean;
  /** The payload as received, except audio, which is replaced by its size (the MP3 is kept separately). */
  payload: unknown;
}

export type DeliveryRow = Omit<WebhookLogEntry, 'payload'> & { id: string };

export interface DeliveryPage {
  deliveries: DeliveryRow[];
  nextCursor: string | null;
}

export type DeliveryDetail = WebhookLogEntry & { id: string };

export interface WebhookHealth {
  webhookUrl: string;
  secret: { configured: boolean; hint: string | null; updatedAt: string | null; previousValidUntil: string | null };
  ipAllowlist: { enabled: boolean; count: number };
  lastReceivedAt: string | null;
  last24h: number;
  last24hCapped: boolean;
  rejections24h: RejectionCounts;
  /** Replayed bodies answered 200 without being logged again. */
  duplicates24h: number;
}
