// Batch calls: statuses, labels and progress, shared by the server and the browser (no zod).
// Statuses follow ElevenLabs' batch calling API (elevenlabs.io/docs/api-reference/batch-calling):
// a batch is pending -> in_progress -> completed | failed | cancelled; a recipient is pending ->
// dispatched -> initiated -> in_progress -> completed | failed | voicemail (or cancelled).
import type { Plan } from '@/lib/settings/model';
import type { RecipientPayload } from './upload/columns';

export const BATCH_STATUSES = ['pending', 'in_progress', 'completed', 'failed', 'cancelled'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export const RECIPIENT_STATUSES = ['pending', 'dispatched', 'initiated', 'in_progress', 'completed', 'failed', 'voicemail', 'cancelled'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

/** At most this many recipients in one batch (the submit endpoint's maxItems). */
export const MAX_RECIPIENTS = 10_000;
/** Batches use up to this share of the plan's concurrency unless `target_concurrency_limit` is set. */
export const DEFAULT_CONCURRENCY_SHARE = 0.7;
/** Batches a list page shows. */
export const BATCH_PAGE_SIZE = 30;

export const BATCH_STATUS_LABELS: Record<BatchStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const RECIPIENT_STATUS_LABELS: Record<RecipientStatus, string> = {
  pending: 'Pending',
  dispatched: 'Dispatched',
  initiated: 'Ringing',
  in_progress: 'In call',
  completed: 'Completed',
  failed: 'Failed',
  voicemail: 'Voicemail',
  cancelled: 'Cancelled',
};

/** Statuses the API may add later read as their raw value, never as an error. */
export function batchStatusLabel(status: string): string {
  return (BATCH_STATUS_LABELS as Record<string, string>)[status] ?? status.replace(/_/g, ' ');
}
export function recipientStatusLabel(status: string): string {
  return (RECIPIENT_STATUS_LABELS as Record<string, string>)[status] ?? status.replace(/_/g, ' ');
}

export const FINAL_BATCH_STATUSES: readonly string[] = ['completed', 'failed', 'cancelled'];
export const FINAL_RECIPIENT_STATUSES: readonly string[] = ['completed', 'failed', 'voicemail', 'cancelled'];
/** Recipients a cancel stops: those whose call has not started. Calls under way end normally. */
export const CANCELLABLE_RECIPIENT_STATUSES: readonly string[] = ['pending', 'dispatched'];
/** "Retry a batch call, calling failed and no-response recipients again." */
export const RETRYABLE_RECIPIENT_STATUSES: readonly string[] = ['failed', 'voicemail'];

export const isFinalBatch = (status: string) => FINAL_BATCH_STATUSES.includes(status);

export function isBatchStatus(value: string): value is BatchStatus {
  return (BATCH_STATUSES as readonly string[]).includes(value);
}
export function isRecipientStatus(value: string): value is RecipientStatus {
  return (RECIPIENT_STATUSES as readonly string[]).includes(value);
}

/** A batch as the list and the detail's summary show it (ElevenLabs' BatchCallResponse). */
export interface BatchSummary {
  id: string;
  name: string;
  agent_id: string;
  agent_name?: string | null;
  phone_number_id?: string | null;
  phone_provider?: string | null;
  status: string;
  created_at_unix: number;
  scheduled_time_unix?: number | null;
  last_updated_at_unix?: number | null;
  total_calls_dispatched: number;
  total_calls_scheduled: number;
  total_calls_finished?: number | null;
  retry_count?: number | null;
  target_concurrency_limit?: number | null;
  timezone?: string | null;
}

export interface BatchRecipient {
  id: string;
  phone_number?: string | null;
  whatsapp_user_id?: string | null;
  status: string;
  created_at_unix?: number | null;
  updated_at_unix?: number | null;
  conversation_id?: string | null;
  conversation_initiation_client_data?: { dynamic_variables?: Record<string, unknown> | null; [key: string]: unknown } | null;
}

export interface BatchDetail extends BatchSummary {
  recipients: BatchRecipient[];
}

/** live: from ElevenLabs now; stale: ElevenLabs is down, this is the copy stored at `storedAt`. */
export type BatchSource = 'live' | 'stale';

export interface BatchFilters {
  agent?: string;
  status?: BatchStatus;
  cursor?: string;
}

export interface BatchListPage {
  batches: BatchSummary[];
  nextCursor: string | null;
  source: BatchSource;
  /** When the oldest row shown was stored, for a stale page. */
  storedAt: string | null;
}

export interface BatchDetailResult {
  batch: BatchDetail;
  source: BatchSource;
  storedAt: string | null;
}

export interface BatchProgress {
  finished: number;
  dispatched: number;
  scheduled: number;
  /** finished / scheduled, 0..100, whole. */
  percent: number;
}

export function batchProgress(batch: Pick<BatchSummary, 'total_calls_finished' | 'total_calls_dispatched' | 'total_calls_scheduled' | 'status'>): BatchProgress {
  const scheduled = Math.max(0, batch.total_calls_scheduled);
  const dispatched = Math.min(scheduled, Math.max(0, batch.total_calls_dispatched));
  const finished = Math.min(dispatched || scheduled, Math.max(0, batch.total_calls_finished ?? 0));
  const percent = scheduled === 0 ? (isFinalBatch(batch.status) ? 100 : 0) : Math.floor((finished / scheduled) * 100);
  return { finished, dispatched, scheduled, percent };
}

/** How many recipients are in each status; every known status is present, unknown ones added. */
export function countByStatus(recipients: readonly Pick<BatchRecipient, 'status'>[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(RECIPIENT_STATUSES.map((s) => [s, 0]));
  for (const r of recipients) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

export const countIn = (recipients: readonly Pick<BatchRecipient, 'status'>[], statuses: readonly string[]) =>
  recipients.reduce((n, r) => (statuses.includes(r.status) ? n + 1 : n), 0);

/** What the action buttons may do now, and to how many recipients. */
export function batchActions(batch: Pick<BatchDetail, 'status' | 'recipients'>) {
  const cancellable = countIn(batch.recipients, CANCELLABLE_RECIPIENT_STATUSES);
  const retryable = countIn(batch.recipients, RETRYABLE_RECIPIENT_STATUSES);
  return {
    canCancel: batch.status === 'pending' || batch.status === 'in_progress',
    cancellable,
    canRetry: retryable > 0 && (batch.status === 'completed' || batch.status === 'failed' || batch.status === 'cancelled'),
    retryable,
    /** Deleting a running batch would leave calls nobody can follow; cancel it first. */
    canDelete: isFinalBatch(batch.status),
  };
}

/** The dynamic variables of a recipient, as `name=value` text for the table. */
export function recipientVariables(recipient: BatchRecipient): [string, unknown][] {
  return Object.entries(recipient.conversation_initiation_client_data?.dynamic_variables ?? {});
}

/** The list's filters -> URL search params (and back through the schema on the server). */
export function batchFiltersToSearchParams(filters: BatchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.agent) params.set('agent', filters.agent);
  if (filters.status) params.set('status', filters.status);
  if (filters.cursor) params.set('cursor', filters.cursor);
  return params;
}

/** The create page (the create side of batch calling). */
export const NEW_BATCH_HREF = '/batch-calls/new';

const ID = /^[\w-]{1,128}$/;

/**
 * The filters a list URL holds, read in the browser (no zod): what the server's schema would refuse is
 * left out here, and the server page reports it. Reading the URL itself, rather than the props of the
 * last server render, keeps the list in step when two filter changes navigate in quick succession.
 */
export function readBatchFilters(params: URLSearchParams): BatchFilters {
  const agent = params.get('agent')?.trim();
  const status = params.get('status') ?? '';
  const cursor = params.get('cursor');
  return {
    ...(agent && ID.test(agent) ? { agent } : {}),
    ...(isBatchStatus(status) ? { status } : {}),
    ...(cursor && cursor.length <= 2048 ? { cursor } : {}),
  };
}

// The create page's exchange with its routes: the estimate's inputs, the submit and its answer.

export interface EstimateInputs {
  /** Mean call_duration_secs of the agent's recent finished calls; null when it has none. */
  average_call_secs: number | null;
  sample_size: number;
  /** The plan the account's subscription names, else the one saved in Settings; null when neither does. */
  plan: Plan | null;
  plan_source: 'account' | 'settings' | null;
  tier: string | null;
  /** The rate saved in Settings (USD per minute); null to use the plan's published rate. */
  rate_per_minute: number | null;
}

export interface SubmitBatchRequest {
  idempotency_key: string;
  call_name: string;
  agent_id: string;
  agent_phone_number_id: string;
  scheduled_time_unix?: number | null;
  target_concurrency_limit?: number | null;
  recipients: RecipientPayload[];
}

export interface SubmitBatchResponse {
  batch: { id: string; name: string; status: string; scheduled_time_unix?: number | null; total_calls_scheduled: number };
  replayed: boolean;
}
