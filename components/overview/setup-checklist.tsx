'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { CheckCircle2, Circle } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { QueryState } from '@/components/common/query-state';
import { settingsQuery } from '@/lib/settings/queries';
import type { SettingsView } from '@/lib/settings/model';

export function SetupChecklist() {
  const settings = useQuery(settingsQuery());
  return <QueryState query={settings}>{(view) => <Checklist settings={view} />}</QueryState>;
}

function Checklist({ settings }: { settings: SettingsView }) {
  const steps = [
    { done: settings.apiKey.configured, label: 'Connect your ElevenLabs account (API key)' },
    { done: settings.webhookSecret.configured, label: 'Secure the post-call webhook (HMAC secret)' },
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
            <li key={step.label} className="flex items-center gap-2 text-sm" data-done={step.done}>
              {step.done ? <CheckCircle2 className="size-4 text-success" aria-hidden /> : <Circle className="size-4 text-muted-foreground" aria-hidden />}
              {step.label}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
