'use client';

import { useMutation } from '@tanstack/react-query';
import { CheckCircle2, KeyRound, Loader2, PlugZap, XCircle, WifiOff } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { useAppForm } from '@/components/common/use-app-form';
import { useFormMutation } from '@/components/common/use-form-mutation';
import { apiKeyRules } from '@/lib/settings/form-rules';
import type { ApiKeyInput, ConnectionTestResult, SettingsView } from '@/lib/settings/model';
import { saveApiKeyMutation, testConnectionMutation } from '@/lib/settings/mutations';
import { SecretStatus } from './secret-status';

const RESULT_ICON = { valid: CheckCircle2, invalid: XCircle, unreachable: WifiOff } as const;
const RESULT_TONE = { valid: 'text-success', invalid: 'text-destructive', unreachable: 'text-warning' } as const;

function ConnectionResult({ result }: { result: ConnectionTestResult }) {
  const Icon = RESULT_ICON[result.status];
  return (
    <p className={`flex items-center gap-2 text-sm font-medium ${RESULT_TONE[result.status]}`} data-testid="connection-result" data-status={result.status}>
      <Icon className="size-4 shrink-0" aria-hidden />
      {result.message}
    </p>
  );
}

export function ApiKeyCard({ settings }: { settings: SettingsView }) {
  const form = useAppForm<ApiKeyInput>({ rules: apiKeyRules, defaultValues: { apiKey: '' } });
  const save = useFormMutation(form, saveApiKeyMutation());
  const test = useMutation(testConnectionMutation());
  const typedKey = form.watch('apiKey').trim();

  /** Tests what is typed (checked by the form's rules first), or the saved key when nothing is. */
  async function testConnection() {
    if (typedKey && !(await form.trigger('apiKey'))) return;
    test.mutate(typedKey || undefined);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <KeyRound className="size-4" aria-hidden /> ElevenLabs API key
        </CardTitle>
        <CardDescription>
          Kept on the server, encrypted. Once saved it is never shown again — only its last characters.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <SecretStatus state={settings.apiKey} testId="api-key-hint" />
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => save.mutate(values, { onSuccess: () => test.reset() }))} className="space-y-3" noValidate>
            <FormField
              control={form.control}
              name="apiKey"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{settings.apiKey.configured ? 'Replace the key' : 'API key'}</FormLabel>
                  <FormControl>
                    <Input type="password" autoComplete="off" spellCheck={false} placeholder="sk_…" data-testid="api-key-input" {...field} />
                  </FormControl>
                  <FormDescription>From elevenlabs.io → Developers → API keys. Needs the convai and user read scopes.</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={save.isPending} data-testid="save-api-key">
                {save.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
                Save key
              </Button>
              <Button
                type="button"
                variant="outline"
                disabled={(!settings.apiKey.configured && !typedKey) || test.isPending}
                onClick={() => void testConnection()}
                data-testid="test-connection"
              >
                {test.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <PlugZap className="size-4" aria-hidden />}
                Test connection
              </Button>
            </div>
            <p className="text-xs text-muted-foreground" data-testid="test-connection-target">
              {typedKey ? 'Tests the key typed above, without saving it.' : 'Tests the saved key.'}
            </p>
          </form>
        </Form>
        {test.data ? <ConnectionResult result={test.data} /> : null}
        {test.error ? <ConnectionResult result={{ status: 'unreachable', message: test.error.message }} /> : null}
      </CardContent>
    </Card>
  );
}
