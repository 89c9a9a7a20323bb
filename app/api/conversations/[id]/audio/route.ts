// GET /api/conversations/:id/audio — the recording as audio/mpeg, streamed, with Range support.
import { withRoute } from '@/lib/api/route';
import { getConversationAudio } from '@/lib/conversations/audio';
import { conversationParamsSchema } from '@/lib/conversations/schemas';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'conversations.read', params: conversationParamsSchema }, ({ params, request }) =>
  getConversationAudio(params.id, request.headers.get('range')),
);
