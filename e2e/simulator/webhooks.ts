// Signed post-call webhooks exactly as ElevenLabs sends them: `{type, event_timestamp, data}` with
// `ElevenLabs-Signature: t=<unix>,v0=<hex HMAC-SHA256 of "<t>.<raw body>">`.
import { createHmac } from 'node:crypto';

export type WebhookType = 'post_call_transcription' | 'post_call_audio' | 'call_initiation_failure';

export interface WebhookEnvelope {
  type: WebhookType;
  event_timestamp: number;
  data: Record<string, unknown>;
}

export function signWebhook(body: string, secret: string, timestampSecs: number): string {
  const digest = createHmac('sha256', secret).update(`${timestampSecs}.${body}`).digest('hex');
  return `t=${timestampSecs},v0=${digest}`;
}

export interface Delivery {
  url: string;
  status: number | null;
  error?: string;
  type: WebhookType;
  bytes: number;
}

/** Never throws: a receiver that is down is logged, like ElevenLabs counting a failed delivery. */
export async function sendWebhook(url: string, secret: string, envelope: WebhookEnvelope): Promise<Delivery> {
  const body = JSON.stringify(envelope);
  const signature = signWebhook(body, secret, Math.floor(Date.now() / 1000));
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'ElevenLabs-Signature': signature },
      body,
    });
    await response.body?.cancel();
    return { url, status: response.status, type: envelope.type, bytes: body.length };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`[simulator] webhook ${envelope.type} to ${url} failed: ${message}`);
    return { url, status: null, error: message, type: envelope.type, bytes: body.length };
  }
}
