// POST /api/webhooks/elevenlabs — ElevenLabs post-call webhooks. Public by design: each delivery
// is verified by its HMAC signature instead of a session.
import { toErrorResponse } from '@/lib/api/route';
import { receiveWebhook } from '@/lib/webhooks/receiver';

export const runtime = 'edge';

export async function POST(request: Request): Promise<Response> {
  try {
    const { duplicate } = await receiveWebhook(request);
    return Response.json({ ok: true, duplicate }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
