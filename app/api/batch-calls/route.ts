// GET /api/batch-calls — the workspace's batches, newest first, paged (ElevenLabs' last_doc) and
// filtered by agent and status; from the stored copies, marked stale, when ElevenLabs is down.
import { withRoute } from '@/lib/api/route';
import { batchFiltersSchema } from '@/lib/batches/schemas';
import { listBatches } from '@/lib/batches/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'batches.read', query: batchFiltersSchema }, ({ query }) => listBatches(query));
