// GET /api/batch-calls — the workspace's batches, newest first, paged (ElevenLabs' last_doc) and
// filtered by agent and status; from the stored copies, marked stale, when ElevenLabs is down.
// POST /api/batch-calls — submit a batch (re-checked here, sent to ElevenLabs once per idempotency key).
import { withRoute } from '@/lib/api/route';
import { batchFiltersSchema } from '@/lib/batches/schemas';
import { listBatches } from '@/lib/batches/service';
import { MAX_UPLOAD_BYTES } from '@/lib/batches/upload/columns';
import { submitBatch } from '@/lib/batches/submit';
import { submitBatchSchema } from '@/lib/batches/schemas';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'batches.read', query: batchFiltersSchema }, ({ query }) => listBatches(query));

export const POST = withRoute({ permission: 'batches.write', body: submitBatchSchema, maxBodyBytes: MAX_UPLOAD_BYTES }, async ({ body }) => submitBatch(body));
