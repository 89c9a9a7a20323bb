// How large a delivery may be. No imports: the benchmark sends a delivery of exactly this size.

/** Audio webhooks carry a whole call as base64: tens of MB must fit, beyond is refused. */
export const MAX_WEBHOOK_BYTES = 40 * 1024 * 1024;
