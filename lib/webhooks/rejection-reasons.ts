// Why a delivery was refused, in words for the health panel. No server imports: the page uses it too.
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
