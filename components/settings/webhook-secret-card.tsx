'use client';

import { Suspense, useRef, useState } from 'react';
import { Copy, Loader2, RefreshCw, Webhook } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { formatDateTime } from '@/lib/format';
import { useAppForm } from '@/components/common/use-app-form';
import { useFormMutation } from '@/components/common/use-form-mutation';
import { webhookSecretRules } from '@/lib/settings/form-rules';
import { generateWebhookSecret } from '@/lib/settings/model';
import type { SettingsView, WebhookSecretInput } from '@/lib/settings/model';
import { saveWebhookSecretMutation } from '@/lib/settings/mutations';
import { CopyField } from './copy-field';
import { RevokePreviousSecretButton } from './revoke-previous-secret-button';
import { SecretStatus } from './secret-status';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { notify } from '@/lib/ui/notify';

const RotateWebhookSecretDialog = lazyWithPreload(() => import('./rotate-webhook-secret-dialog'), 'RotateWebhookSecretDialog');

export function WebhookSecretCard({ settings }: { settings: SettingsView }) {
  const form = useAppForm<WebhookSecretInput>({ rules: webhookSecretRules, defaultValues: { secret: '' } });
  const configured = settings.webhookSecret.configured;
  const save = useFormMutation(form, saveWebhookSecretMutation(configured));
  const submitRef = useRef<HTMLButtonElement>(null);
  // A rotation asks first (the values wait here meanwhile): the old secret's 24 hours start at once.
  const [confirming, setConfirming] = useState<WebhookSecretInput | null>(null);
  const [dialogLoaded, setDialogLoaded] = useState(false);
  const secret = form.watch('secret');

  function submit(values: WebhookSecretInput) {
    if (!configured) return save.mutate(values);
    setDialogLoaded(true);
    setConfirming(values);
  }

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(form.getValues('secret'));
      notify((toast) => toast.success('Secret copied: paste it into ElevenLabs'));
    } catch {
      notify((toast) => toast.error('Copying is blocked by the browser; select the text instead.'));
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Webhook className="size-4" aria-hidden /> Post-call webhook
        </CardTitle>
        <CardDescription>
          In ElevenLabs, add a post-call webhook with this URL and HMAC authentication, then paste its secret here.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <CopyField label="Webhook URL" value={settings.webhookUrl} testId="webhook-url" />
        <SecretStatus state={settings.webhookSecret} testId="webhook-secret-hint" />
        {settings.webhookSecret.previousValidUntil ? (
          <div className="flex flex-col items-start gap-2 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-muted-foreground">
              The previous secret is still accepted until {formatDateTime(settings.webhookSecret.previousValidUntil)}.
            </p>
            <RevokePreviousSecretButton validUntil={settings.webhookSecret.previousValidUntil} />
          </div>
        ) : null}
        <Form {...form}>
          <form onSubmit={form.handleSubmit(submit)} className="space-y-3" noValidate>
            <FormField
              control={form.control}
              name="secret"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{configured ? 'New secret (rotate)' : 'Webhook secret'}</FormLabel>
                  <div className="flex flex-col gap-2 sm:flex-row">
                    <FormControl>
                      <Input autoComplete="off" spellCheck={false} placeholder="wsec_…" className="font-mono" data-testid="webhook-secret-input" {...field} />
                    </FormControl>
                    <Button
                      type="button"
                      variant="outline"
                      onClick={() => form.setValue('secret', generateWebhookSecret(), { shouldValidate: true })}
                      data-testid="generate-webhook-secret"
                    >
                      <RefreshCw className="size-4" aria-hidden /> Generate
                    </Button>
                    <Button type="button" variant="outline" disabled={!secret} onClick={() => void copySecret()} data-testid="copy-webhook-secret">
                      <Copy className="size-4" aria-hidden /> Copy
                    </Button>
                  </div>
                  <FormDescription>
                    Copy a generated secret before saving: it is shown only here, now. After a rotation the old secret keeps
                    working for 24 hours so deliveries in flight are not lost.
                  </FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <Button
              ref={submitRef}
              type="submit"
              disabled={save.isPending}
              onPointerEnter={configured ? RotateWebhookSecretDialog.preload : undefined}
              onFocus={configured ? RotateWebhookSecretDialog.preload : undefined}
              data-testid="save-webhook-secret"
            >
              {save.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
              {configured ? 'Rotate secret' : 'Save secret'}
            </Button>
          </form>
        </Form>
        {dialogLoaded ? (
          <Suspense fallback={null}>
            <RotateWebhookSecretDialog
              open={confirming !== null}
              onOpenChange={(open) => (open ? undefined : setConfirming(null))}
              returnFocusTo={submitRef}
              pending={save.isPending}
              onConfirm={() => confirming && save.mutate(confirming, { onSettled: () => setConfirming(null) })}
            />
          </Suspense>
        ) : null}
      </CardContent>
    </Card>
  );
}
