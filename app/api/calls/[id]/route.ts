// GET /api/calls/:id — one outbound call's record, with its status followed to the conversation.
import { withRoute } from '@/lib/api/route';
import { callParamsSchema } from '@/lib/calls/schemas';
import { getCall } from '@/lib/calls/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'calls.read', params: callParamsSchema }, async ({ params }) => ({ call: await getCall(params.id) }));
