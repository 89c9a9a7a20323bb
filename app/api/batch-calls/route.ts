// POST /api/batch-calls — submit a batch (re-checked here, sent to ElevenLabs once per idempotency key).
import { withRoute } from '@/lib/api/route';
import { MAX_UPLOAD_BYTES } from '@/lib/batches/upload/columns';
import { submitBatch } from '@/lib/batches/submit';
import { submitBatchSchema } from '@/lib/batches/submit-schemas';

export const runtime = 'edge';

export const POST = withRoute({ permission: 'batches.write', body: submitBatchSchema, maxBodyBytes: MAX_UPLOAD_BYTES }, async ({ body }) => submitBatch(body));
