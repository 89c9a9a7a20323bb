'use client';

import Link from 'next/link';
import { Activity, TriangleAlert, Webhook } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { CopyField } from '@/components/settings/copy-field';
import { formatDateTime, formatRelativeTime } from '@/lib/format';
import { REJECTION_REASONS, type RejectionReason } from '@/lib/webhooks/model';
import type { WebhookHealth } from '@/lib/webhooks/model';

/** The receiver and health cards, loaded by WebhookHealthPanel beside the health request. */
export function WebhookHealthCards({ health }: { health: WebhookHealth }) {
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <ReceiverCard health={health} />
      <HealthCard health={health} />
    </div>
  );
}

function ReceiverCard({ health }: { health: WebhookHealth }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Webhook className="size-4" aria-hidden /> Receiver
        </CardTitle>
        <CardDescription>
          In ElevenLabs (Agents platform → Settings → Post-call webhook) add this URL with HMAC authentication, and
          enable the transcript, audio and call-initiation-failure events.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        <CopyField label="Webhook URL" value={health.webhookUrl} testId="webhooks-url" />
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Secret</dt>
          <dd data-testid="webhooks-secret-state">
            {health.secret.configured ? (
              <span className="flex flex-wrap items-center gap-2">
                <code className="rounded bg-muted px-2 py-0.5 font-mono">{health.secret.hint}</code>
                {health.secret.updatedAt ? <span className="text-muted-foreground">set {formatDateTime(health.secret.updatedAt)}</span> : null}
                {health.secret.previousValidUntil ? (
                  <Badge variant="secondary">rotated: old one valid until {formatDateTime(health.secret.previousValidUntil)}</Badge>
                ) : null}
              </span>
            ) : (
              <span className="flex flex-wrap items-center gap-2">
                <Badge variant="destructive">Not set</Badge> Every delivery is refused until a secret is saved in{' '}
                <Link href="/settings" className="underline underline-offset-4">
                  Settings
                </Link>
                .
              </span>
            )}
          </dd>
          <dt className="font-medium">Source-IP allowlist</dt>
          <dd className="flex flex-wrap items-center gap-x-2">
            <span data-testid="webhooks-allowlist-state">{health.ipAllowlist.enabled ? `On (${health.ipAllowlist.count} addresses)` : 'Off'}</span>
            {/* Changed in one place, Settings, beside the other webhook settings. */}
            <Link href="/settings#ip-allowlist" className="underline underline-offset-4" data-testid="webhooks-allowlist-settings">
              Change in Settings
            </Link>
          </dd>
        </dl>
      </CardContent>
    </Card>
  );
}

function HealthCard({ health }: { health: WebhookHealth }) {
  const refusals = (Object.entries(health.rejections24h) as [RejectionReason, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const refusedTotal = refusals.reduce((sum, [, n]) => sum + n, 0);
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Activity className="size-4" aria-hidden /> Health
        </CardTitle>
        <CardDescription>Refreshes every 15 seconds while this page is open.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="webhooks-stats">
          <Stat label="Last delivery" testId="webhooks-last-delivery">
            {health.lastReceivedAt ? (
              <time dateTime={health.lastReceivedAt} title={formatDateTime(health.lastReceivedAt)}>
                {formatRelativeTime(health.lastReceivedAt)}
              </time>
            ) : (
              'None yet'
            )}
          </Stat>
          <Stat label="Accepted, last 24 h" testId="webhooks-24h">
            {health.last24h.toLocaleString()}
            {health.last24hCapped ? '+' : ''}
          </Stat>
          <Stat label="Refused, last 24 h" testId="webhooks-refused-24h">
            {refusedTotal.toLocaleString()}
          </Stat>
        </dl>
        <div>
          {refusals.length ? (
            <ul className="divide-y rounded-md border" data-testid="webhooks-refusals">
              {refusals.map(([reason, count]) => (
                <li key={reason} className="flex items-center justify-between gap-3 px-3 py-1.5">
                  <span>{REJECTION_REASONS[reason]}</span>
                  <span className="tabular-nums font-medium">{count.toLocaleString()}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {health.duplicates24h > 0 ? (
            <p className="mt-2 text-muted-foreground" data-testid="webhooks-duplicates">
              Repeated deliveries answered without logging them again, last 24 h: {health.duplicates24h.toLocaleString()}
            </p>
          ) : null}
        </div>
        <Alert variant={refusedTotal > 0 ? 'warning' : 'default'}>
          <TriangleAlert className="size-4" aria-hidden />
          {/* The primitive clamps titles to one line: on a phone this one was cut mid-sentence. */}
          <AlertTitle className="line-clamp-none" data-testid="webhooks-alert-title">
            ElevenLabs turns a failing webhook off
          </AlertTitle>
          <AlertDescription>
            After 10 or more failures in a row, with no success in the last 7 days, ElevenLabs disables the webhook and
            stops sending. If refusals keep coming from ElevenLabs, check that the secret here matches the one in
            ElevenLabs.
          </AlertDescription>
        </Alert>
      </CardContent>
    </Card>
  );
}

/** One figure of the health card; all of them look alike. */
function Stat({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="rounded-md border bg-muted/30 p-3" data-testid="webhooks-stat">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
