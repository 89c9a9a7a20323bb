'use client';

import { Loader2, ShieldCheck } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Switch } from '@/components/ui/switch';
import { Textarea } from '@/components/ui/textarea';
import { useAppForm } from '@/components/common/use-app-form';
import { useFormMutation } from '@/components/common/use-form-mutation';
import type { FieldIssue } from '@/lib/forms/rules';
import { addressLines, ipAllowlistRules } from '@/lib/settings/form-rules';
import type { IpAllowlistInput, SettingsView } from '@/lib/settings/model';
import { saveIpAllowlistMutation } from '@/lib/settings/mutations';

/** The form holds the addresses as typed; the route gets them as a list. */
type AllowlistForm = { enabled: boolean; ips: string };

const toLines = (ips: string[]) => ips.join('\n');

/** Which typed line a server error like `ips.3` points at, so the message can quote it. */
function describeIssue({ field, message }: FieldIssue, input: IpAllowlistInput): string {
  const index = /^ips\.(\d+)$/.exec(field)?.[1];
  return index === undefined ? message : `“${input.ips[Number(index)]}” ${message}`;
}

export function IpAllowlistCard({ settings }: { settings: SettingsView }) {
  const saved = settings.webhookIpAllowlist;
  // `values` follows the saved list: after a save the textarea shows it as the server stored it.
  const form = useAppForm<AllowlistForm>({ rules: ipAllowlistRules, values: { enabled: saved.enabled, ips: toLines(saved.ips) } });
  const save = useFormMutation(form, saveIpAllowlistMutation(), describeIssue);
  const published = saved.published.flatMap((region) => region.ips);

  return (
    // The webhooks page links here (#ip-allowlist): this card is the allowlist's one place.
    <Card id="ip-allowlist" className="scroll-mt-20">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <ShieldCheck className="size-4" aria-hidden /> Source-IP allowlist
        </CardTitle>
        <CardDescription>
          Optional extra check: accept webhooks only from these addresses (ElevenLabs&apos; published egress IPs, all
          regions). Signatures are verified either way. Leave it off if a proxy sits in front of this dashboard.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form className="space-y-4" noValidate onSubmit={form.handleSubmit(({ enabled, ips }) => save.mutate({ enabled, ips: addressLines(ips) }))}>
            <FormField
              control={form.control}
              name="enabled"
              render={({ field }) => (
                <FormItem className="flex items-center gap-3">
                  <FormControl>
                    <Switch checked={field.value} onCheckedChange={field.onChange} onBlur={field.onBlur} ref={field.ref} data-testid="ip-allowlist-switch" />
                  </FormControl>
                  <FormLabel>{field.value ? 'On: other addresses get 403' : 'Off (default)'}</FormLabel>
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="ips"
              render={({ field }) => (
                <FormItem className="gap-1.5">
                  <FormLabel>Allowed addresses, one per line</FormLabel>
                  <FormControl>
                    <Textarea rows={6} spellCheck={false} className="font-mono text-sm" data-testid="ip-allowlist-ips" {...field} />
                  </FormControl>
                  <FormMessage role="alert" data-testid="ip-allowlist-problems" />
                </FormItem>
              )}
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={save.isPending || !form.formState.isDirty} data-testid="save-ip-allowlist">
                {save.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
                Save allowlist
              </Button>
              <Button type="button" variant="outline" onClick={() => form.setValue('ips', toLines(published), { shouldDirty: true })}>
                Use ElevenLabs&apos; addresses
              </Button>
            </div>
          </form>
        </Form>
      </CardContent>
    </Card>
  );
}
