// Creating a batch: the server's own pre-flight (what the page checked, checked again against the agent
// as it is now), the one upstream submit per idempotency key, and the inputs of the page's estimate.
import 'server-only';
import { AppError } from '@/lib/api/errors';
import { disallowedOverrides, type OverrideField } from '@/lib/agents/call-rules';
import { getAgent } from '@/lib/agents/service';
import { sha256Hex } from '@/lib/crypto/encoding';
import { conversationPageSchema } from '@/lib/conversations/upstream';
import { subscriptionSchema } from '@/lib/elevenlabs';
import { claimRecord } from '@/lib/idempotency/records';
import { once } from '@/lib/idempotency/service';
import { getKv, type KvStore } from '@/lib/kv';
import { planFromTier } from '@/lib/settings/model';
import { getElevenLabsClient } from '@/lib/settings/service';
import { readBillingPlan } from '@/lib/settings/store';
import type { EstimateInputs } from './model';
import { batchRecord } from './records';
import { submitOutcomeRecord } from './submit-records';
import { batchSummarySchema, type SubmitBatchInput, type UpstreamBatch } from './schemas';

export interface SubmitResult {
  batch: UpstreamBatch;
  /** true when an earlier request with the same key had already submitted it. */
  replayed: boolean;
}

/** Codes that mean ElevenLabs refused the request outright: no batch exists, the same key may try again. */
const REFUSED = new Set(['validation_failed', 'not_found', 'invalid_api_key', 'upstream_forbidden', 'quota_exceeded', 'rate_limited', 'config_missing', 'bad_request']);
/** The idempotency scope of batch submits (outbound calls have their own). */
const SUBMIT_SCOPE = 'batches';

/** Which override fields a request's recipients use. */
function overridesUsed(input: SubmitBatchInput): Set<OverrideField> {
  const used = new Set<OverrideField>();
  for (const recipient of input.recipients) {
    const override = recipient.conversation_initiation_client_data.conversation_config_override;
    if (!override) continue;
    if (override.agent?.language !== undefined) used.add('language');
    if (override.agent?.first_message !== undefined) used.add('first_message');
    if (override.agent?.prompt?.prompt !== undefined) used.add('system_prompt');
    if (override.tts?.voice_id !== undefined) used.add('voice_id');
  }
  return used;
}

/** What the page checked, checked again: duplicates and the agent's override settings (ElevenLabs fails the whole batch on those). */
async function recheck(input: SubmitBatchInput): Promise<void> {
  const fields: Array<{ field: string; message: string }> = [];
  const seen = new Map<string, number>();
  input.recipients.forEach((recipient, index) => {
    const first = seen.get(recipient.phone_number);
    if (first !== undefined) fields.push({ field: `recipients.${index}.phone_number`, message: `${recipient.phone_number} is also recipient ${first + 1}` });
    else seen.set(recipient.phone_number, index);
  });
  const used = overridesUsed(input);
  if (used.size) {
    const agent = await getAgent(input.agent_id);
    for (const { field, setting } of disallowedOverrides(agent, used)) {
      fields.push({ field: `recipients.${field}`, message: `the agent does not allow overriding ${field}: turn on "${setting}" in its settings` });
    }
  }
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => f.message).join('; '), { fields });
}

type Outcome = NonNullable<Awaited<ReturnType<typeof submitOutcomeRecord.get>>>;

function answer(outcome: Outcome, replayed: boolean): SubmitResult {
  if (outcome.state === 'unknown') {
    throw new AppError('conflict', `The first submit of this batch did not come back (${outcome.message}). Check Batch calls before sending it again.`);
  }
  return { batch: outcome.batch, replayed };
}

/**
 * Submits the batch to ElevenLabs at most once per idempotency key (lib/idempotency: the earliest
 * attempt sends, the others get its answer): a repeat, a double click, a retry after a lost answer or
 * a concurrent request gets the first answer back, `replayed: true`. POSTs are never retried upstream.
 */
export async function submitBatch(input: SubmitBatchInput, kv: KvStore = getKv()): Promise<SubmitResult> {
  await recheck(input);
  const { idempotency_key: key, ...body } = input;
  const { result, replayed } = await once<Outcome>(kv, {
    scope: SUBMIT_SCOPE,
    key,
    request: JSON.stringify(body),
    find: (attempt) => submitOutcomeRecord.get(kv, attempt),
    act: async (attempt) => {
      const client = await getElevenLabsClient();
      let batch: UpstreamBatch;
      try {
        batch = await client.json('POST', '/v1/convai/batch-calling/submit', batchSummarySchema, {
          body: { ...body, scheduled_time_unix: body.scheduled_time_unix ?? null, target_concurrency_limit: body.target_concurrency_limit ?? undefined },
          resource: 'Agent or phone number',
        });
      } catch (error) {
        if (error instanceof AppError && REFUSED.has(error.code)) {
          // Refused: no batch was made, so the key is freed for a corrected retry.
          await claimRecord.delete(kv, [await sha256Hex(`${SUBMIT_SCOPE}\n${key}`), attempt]);
        } else {
          // No answer: the batch may exist. The key stays taken, and says so, rather than risk a second batch.
          const message = error instanceof Error ? error.message : 'no answer';
          await submitOutcomeRecord.put(kv, { state: 'unknown', message, at: new Date().toISOString() }, { parts: attempt });
        }
        throw error;
      }
      const at = new Date().toISOString();
      const outcome: Outcome = { state: 'submitted', batch, at };
      await submitOutcomeRecord.put(kv, outcome, { parts: attempt });
      // Stored as the list stores what it reads, so the new batch opens even if ElevenLabs is down next.
      // The batch exists whatever happens here: a failed write must not turn its submit into an error.
      await batchRecord.put(kv, { batch, recipients: null, storedAt: at }, { parts: batch.id }).catch(() => undefined);
      return outcome;
    },
  });
  return answer(result, replayed);
}

/**
 * The agent's recent average call length (its last 100 conversations), and the plan: the account's
 * where its subscription names one the dashboard knows, else the one saved in Settings, with the rate
 * saved there.
 */
export async function estimateInputs(agentId: string): Promise<EstimateInputs> {
  const client = await getElevenLabsClient();
  const [page, subscription, saved] = await Promise.all([
    client.json('GET', '/v1/convai/conversations', conversationPageSchema, { query: { agent_id: agentId, page_size: 100 } }),
    // The key may lack user_read: the plan is then chosen on the page.
    client.json('GET', '/v1/user/subscription', subscriptionSchema).catch(() => null),
    readBillingPlan(),
  ]);
  const durations = page.conversations.filter((c) => c.status === 'done' && c.call_duration_secs > 0).map((c) => c.call_duration_secs);
  const tier = subscription?.tier ?? null;
  const accountPlan = planFromTier(tier);
  const plan = accountPlan ?? saved.plan;
  return {
    average_call_secs: durations.length ? Math.round(durations.reduce((a, b) => a + b, 0) / durations.length) : null,
    sample_size: durations.length,
    plan,
    plan_source: accountPlan ? 'account' : plan ? 'settings' : null,
    tier,
    rate_per_minute: saved.ratePerMinute,
  };
}
