'use client';

import Link from 'next/link';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { CheckCircle2, Circle, CircleAlert, Loader2, XCircle } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { QueryState } from '@/components/common/query-state';
import { savedKeyCheckQuery, settingsQuery } from '@/lib/settings/queries';
import type { ConnectionTestResult, SettingsView } from '@/lib/settings/model';

type StepState = 'done' | 'todo' | 'checking' | 'failed' | 'unknown';

interface Step {
  id: string;
  state: StepState;
  label: string;
  /** What is wrong or still going on, under the label. */
  note?: string;
}

export function SetupChecklist() {
  const settings = useQuery(settingsQuery());
  return <QueryState query={settings}>{(view) => <Checklist settings={view} />}</QueryState>;
}

function Checklist({ settings }: { settings: SettingsView }) {
  // A saved key is not yet a working one: ElevenLabs may reject it (revoked, mistyped, other region).
  const check = useQuery({ ...savedKeyCheckQuery(), enabled: settings.apiKey.configured });
  const steps: Step[] = [
    { id: 'api-key', label: 'Connect your ElevenLabs account (API key)', ...keyStep(settings.apiKey.configured, check) },
    { id: 'webhook-secret', state: settings.webhookSecret.configured ? 'done' : 'todo', label: 'Secure the post-call webhook (HMAC secret)' },
  ];
  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle>Setup</CardTitle>
        <CardDescription>
          Both are done in <Link href="/settings" className="underline underline-offset-4">Settings</Link>.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="space-y-2" data-testid="setup-checklist">
          {steps.map((step) => (
            <li key={step.id} className="flex items-start gap-2 text-sm" data-done={step.state === 'done'} data-state={step.state} data-testid={`setup-${step.id}`}>
              <StepIcon state={step.state} />
              <span className="min-w-0">
                {step.label}
                {step.note ? <span className="block text-muted-foreground">{step.note}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

function keyStep(configured: boolean, check: UseQueryResult<ConnectionTestResult>): Pick<Step, 'state' | 'note'> {
  if (!configured) return { state: 'todo' };
  if (check.isPending) return { state: 'checking', note: 'Checking the saved key with ElevenLabs…' };
  if (check.error) return { state: 'unknown', note: `The key could not be checked: ${check.error.message}` };
  const result = check.data!;
  if (result.status === 'valid') return { state: 'done' };
  if (result.status === 'invalid') return { state: 'failed', note: 'ElevenLabs does not accept the saved key: replace it in Settings.' };
  return { state: 'unknown', note: `The key could not be checked: ${result.message}` };
}

const STEP_ICON = {
  done: <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-success" aria-label="Done" />,
  todo: <Circle className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-label="To do" />,
  checking: <Loader2 className="mt-0.5 size-4 shrink-0 animate-spin text-muted-foreground" aria-label="Checking" />,
  failed: <XCircle className="mt-0.5 size-4 shrink-0 text-destructive" aria-label="Not working" />,
  unknown: <CircleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-label="Not checked" />,
} satisfies Record<StepState, React.ReactNode>;

function StepIcon({ state }: { state: StepState }) {
  return STEP_ICON[state];
}
