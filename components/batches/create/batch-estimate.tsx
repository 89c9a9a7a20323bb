'use client';

import Link from 'next/link';
import { Calculator } from 'lucide-react';
import { NativeSelect } from '@/components/ui/native-select';
import { estimateBatch, formatDuration } from '@/lib/batches/estimate';
import { PLAN_INFO, PLANS, type Plan } from '@/lib/settings/model';
import type { EstimateInputs } from '@/lib/batches/model';

interface Props {
  calls: number;
  inputs: EstimateInputs | undefined;
  loading: boolean;
  plan: Plan | null;
  onPlan: (plan: Plan | null) => void;
  targetConcurrency: number | null;
}

const money = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Calls × expected minutes × the plan's rate, and how long the batch runs at the concurrency it gets. */
export function BatchEstimate({ calls, inputs, loading, plan, onPlan, targetConcurrency }: Props) {
  const estimate = estimateBatch({ calls, averageCallSecs: inputs?.average_call_secs ?? null, plan, ratePerMinute: inputs?.rate_per_minute, targetConcurrency });
  return (
    <section aria-labelledby="estimate-title" className="space-y-3 rounded-md border p-4" data-testid="batch-estimate">
      <h3 id="estimate-title" className="flex items-center gap-2 text-sm font-medium">
        <Calculator className="size-4" aria-hidden /> Estimate
      </h3>
      {loading ? <p className="text-sm text-muted-foreground">Reading the agent’s recent calls and your plan…</p> : null}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-muted-foreground">Calls</dt>
          <dd className="font-medium tabular-nums">{calls.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Expected minutes</dt>
          <dd className="font-medium tabular-nums" data-testid="estimate-minutes">
            {Math.round(estimate.totalMinutes).toLocaleString('en-US')} min
            <span className="block text-xs font-normal text-muted-foreground">
              {estimate.minutesSource === 'agent'
                ? `${estimate.minutesPerCall.toFixed(1)} min a call: this agent’s average over its last ${inputs?.sample_size} finished calls`
                : `${estimate.minutesPerCall} min a call: a default, as this agent has no finished calls yet`}
            </span>
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Cost</dt>
          <dd className="font-medium tabular-nums" data-testid="estimate-cost">
            {estimate.cost === null ? 'Not known' : money(estimate.cost)}
            <span className="block text-xs font-normal text-muted-foreground">{estimate.costNote}</span>
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Takes about</dt>
          <dd className="font-medium tabular-nums" data-testid="estimate-duration">
            {estimate.durationSecs === null ? 'Not known' : formatDuration(estimate.durationSecs)}
            <span className="block text-xs font-normal text-muted-foreground">
              {estimate.concurrency === null
                ? 'Choose the plan to see the concurrency.'
                : targetConcurrency
                  ? `${estimate.concurrency} calls at once (this batch’s limit${plan && targetConcurrency > PLAN_INFO[plan].concurrency ? `, capped at the plan’s ${PLAN_INFO[plan].concurrency}` : ''})`
                  : `${estimate.concurrency} calls at once (70% of the ${plan ? PLAN_INFO[plan].label : ''} plan’s ${plan ? PLAN_INFO[plan].concurrency : ''})`}
            </span>
          </dd>
        </div>
      </dl>
      <label className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted-foreground">Plan</span>
        <span className="w-44">
          <NativeSelect aria-label="Plan" value={plan ?? ''} onChange={(event) => onPlan((event.target.value || null) as Plan | null)} data-testid="plan-select">
            <option value="">Not known</option>
            {PLANS.map((p) => (
              <option key={p} value={p}>
                {PLAN_INFO[p].label}
              </option>
            ))}
          </NativeSelect>
        </span>
        <span className="text-xs text-muted-foreground" data-testid="plan-source">
          {inputs ? <PlanSource inputs={inputs} /> : null}
        </span>
      </label>
    </section>
  );
}

/** Where the plan came from, and where to save it when the account does not say. */
function PlanSource({ inputs }: { inputs: EstimateInputs }) {
  if (inputs.plan_source === 'account') return <>Read from your account ({inputs.tier}).</>;
  const settings = (
    <Link href="/settings#plan" className="underline underline-offset-4">
      Settings
    </Link>
  );
  if (inputs.plan_source === 'settings') return <>Saved in {settings}: your account did not say.</>;
  return <>Your account did not say: choose it here, or save it in {settings}.</>;
}
