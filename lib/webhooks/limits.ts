// How large a delivery may be. No imports: the benchmark sends a delivery of exactly this size.

/**
 * Audio webhooks carry the whole call as base64 (about 9 MiB of MP3 fits). A delivery costs the
 * worker about three times its size while it is handled (the bytes, the text, the parsed audio);
 * at 12 MiB three at once still fit a Workers isolate's 128 MB (`npm run bench -- --only=webhook-memory`).
 * A larger recording still plays: it is streamed from ElevenLabs.
 */
export const MAX_WEBHOOK_BYTES = 12 * 1024 * 1024;
