'use client';

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Loader2, ShieldCheck } from 'lucide-react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { Textarea } from '@/components/ui/textarea';
import { ApiError } from '@/lib/api/client';
import { queryKeys } from '@/lib/query/keys';
import { saveIpAllowlistRequest } from '@/lib/settings/queries';
import type { SettingsView } from '@/lib/settings/model';

const toLines = (ips: string[]) => ips.join('\n');
const fromLines = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((ip) => ip.trim())
    .filter(Boolean);

/** Which typed line a server error like `ips.3` points at, so the message can quote it. */
function describeIssue(field: string, message: string, ips: string[]): string {
  const index = /^ips\.(\d+)$/.exec(field)?.[1];
  return index === undefined ? message : `“${ips[Number(index)]}” ${message}`;
}

export function IpAllowlistCard({ settings }: { settings: SettingsView }) {
  const saved = settings.webhookIpAllowlist;
  const [enabled, setEnabled] = useState(saved.enabled);
  const [text, setText] = useState(toLines(saved.ips));
  const [problems, setProblems] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const published = saved.published.flatMap((region) => region.ips);

  const save = useMutation({
    mutationFn: saveIpAllowlistRequest,
    onSuccess: (view) => {
      queryClient.setQueryData(queryKeys.settings.view(), view);
      void queryClient.invalidateQueries({ queryKey: queryKeys.settings.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.health() });
      setProblems([]);
      setText(toLines(view.webhookIpAllowlist.ips));
      toast.success(view.webhookIpAllowlist.enabled ? 'Allowlist on' : 'Allowlist off');
    },
    onError: (error, input) => {
      if (error instanceof ApiError && error.fields.length) {
        setProblems(error.fields.map((issue) => describeIssue(issue.field, issue.message, input.ips)));
        return;
      }
      toast.error(error.message);
    },
  });
  const dirty = enabled !== saved.enabled || text.trim() !== toLines(saved.ips);

  return (
    <Card>
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
        <form
          className="space-y-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ enabled, ips: fromLines(text) });
          }}
        >
          <div className="flex items-center gap-3">
            <Switch id="ip-allowlist-enabled" checked={enabled} onCheckedChange={setEnabled} data-testid="ip-allowlist-switch" />
            <Label htmlFor="ip-allowlist-enabled">{enabled ? 'On: other addresses get 403' : 'Off (default)'}</Label>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="ip-allowlist-ips">Allowed addresses, one per line</Label>
            <Textarea
              id="ip-allowlist-ips"
              rows={6}
              spellCheck={false}
              className="font-mono text-sm"
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-invalid={problems.length > 0}
              aria-describedby={problems.length ? 'ip-allowlist-problems' : undefined}
              data-testid="ip-allowlist-ips"
            />
            {problems.length ? (
              <ul id="ip-allowlist-problems" className="text-sm text-destructive" role="alert" data-testid="ip-allowlist-problems">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={save.isPending || !dirty} data-testid="save-ip-allowlist">
              {save.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
              Save allowlist
            </Button>
            <Button type="button" variant="outline" onClick={() => setText(toLines(published))}>
              Use ElevenLabs&apos; addresses
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
