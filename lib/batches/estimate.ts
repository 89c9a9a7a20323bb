// What a batch will cost and how long it will run, before it is sent. Concurrency per plan from
// https://elevenlabs.io/docs/agents-platform/overview (Free 4, Starter 6, Creator 10, Pro 20, Scale 30,
// Business 30); batches take up to 70% of it unless the batch sets target_concurrency_limit
// (https://elevenlabs.io/docs/agents-platform/phone-numbers/batch-calls). Pure: page and tests share it.
// The plans themselves are a setting (lib/settings/model.ts): the account names one, or Settings does.
import { PLAN_INFO, type Plan } from '@/lib/settings/model';

/** The share of the plan's concurrency a batch takes when it sets no limit of its own. */
export const BATCH_CONCURRENCY_SHARE = 0.7;
/** Minutes per call assumed when the agent has no finished calls to average. */
export const DEFAULT_CALL_MINUTES = 2;

/** Calls at once: the batch's own limit (never above the plan's), else 70% of the plan's, at least 1. */
export function batchConcurrency(plan: Plan | null, target?: number | null): number | null {
  const planLimit = plan ? PLAN_INFO[plan].concurrency : null;
  if (target && target > 0) return planLimit ? Math.min(target, planLimit) : target;
  return planLimit ? Math.max(1, Math.floor(planLimit * BATCH_CONCURRENCY_SHARE)) : null;
}

export interface EstimateInput {
  calls: number;
  /** The agent's recent average call length; null when it has none. */
  averageCallSecs: number | null;
  plan: Plan | null;
  /** The rate the account pays (saved in Settings); the plan's published rate when absent. */
  ratePerMinute?: number | null;
  targetConcurrency?: number | null;
}

export interface Estimate {
  minutesPerCall: number;
  minutesSource: 'agent' | 'default';
  totalMinutes: number;
  /** null: the plan's rate is not known. */
  cost: number | null;
  costNote: string;
  concurrency: number | null;
  /** Wall-clock seconds from the first call to the last one ending; null without a concurrency. */
  durationSecs: number | null;
}

export function estimateBatch({ calls, averageCallSecs, plan, ratePerMinute, targetConcurrency }: EstimateInput): Estimate {
  const fromAgent = averageCallSecs !== null && averageCallSecs > 0;
  const minutesPerCall = fromAgent ? averageCallSecs / 60 : DEFAULT_CALL_MINUTES;
  const totalMinutes = calls * minutesPerCall;
  const info = plan ? PLAN_INFO[plan] : null;
  const ownRate = ratePerMinute ?? null;
  const rate = ownRate ?? info?.ratePerMinute ?? null;
  const cost = rate === null ? null : Math.round(totalMinutes * rate * 100) / 100;
  const costNote = ownRate !== null
    ? `$${ownRate.toFixed(2)}/min, the rate saved in Settings.`
    : !info
    ? 'Plan not known: choose it, or save it in Settings, to see the cost and duration.'
    : rate === null
      ? `Rate not known for the ${info.label} plan: save the rate you pay in Settings.`
      : `$${rate.toFixed(2)}/min on ${info.label}${info.includedMinutes ? ` (${info.includedMinutes.toLocaleString('en-US')} minutes included per month; minutes beyond them are billed)` : ''}.`;
  const concurrency = batchConcurrency(plan, targetConcurrency);
  const durationSecs = concurrency ? Math.ceil(calls / concurrency) * minutesPerCall * 60 : null;
  return { minutesPerCall, minutesSource: fromAgent ? 'agent' : 'default', totalMinutes, cost, costNote, concurrency, durationSecs: durationSecs === null ? null : Math.round(durationSecs) };
}

/** "2 h 05 min", "14 min", "under a minute". */
export function formatDuration(secs: number): string {
  if (secs < 60) return 'under a minute';
  const minutes = Math.round(secs / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
