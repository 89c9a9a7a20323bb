'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Download, Loader2, Send } from 'lucide-react';
import { useAppRouter } from '@/components/common/use-app-router';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { useAppForm } from '@/components/common/use-app-form';
import { useFormMutation } from '@/components/common/use-form-mutation';
import { type AgentDetail } from '@/lib/agents/model';
import { allowedOverrides, agentPlaceholders } from '@/lib/agents/call-rules';
import { agentDetailQuery } from '@/lib/agents/queries';
import { phoneNumberOptionLabel } from '@/lib/phone-numbers/model';
import { phoneNumbersQuery } from '@/lib/phone-numbers/queries';
import { DEFAULT_CALL_MINUTES, batchConcurrency } from '@/lib/batches/estimate';
import type { Plan } from '@/lib/settings/model';
import type { SubmitBatchRequest } from '@/lib/batches/model';
import { submitBatchMutation } from '@/lib/batches/mutations';
import { estimateInputsQuery } from '@/lib/batches/queries';
import { batchFormRules, parseConcurrency, scheduledUnix, type BatchFormValues } from '@/lib/batches/form-rules';
import { isOverrideField, MAX_RECIPIENTS, recipientPayload, type RecipientTable } from '@/lib/batches/upload/columns';
import type { PreflightContext, PreflightResult } from '@/lib/batches/upload/preflight';
import type { CountryCode } from '@/lib/phone/model';
import { BatchEstimate } from './batch-estimate';
import { downloadText } from './download';
import { RecipientsSource } from './recipients-source';
import { RecipientsTable, type RowFilter } from './recipients-table';
import { TestCall, type TestCandidate } from './test-call';
import { useRecipients } from './use-recipients';

/** Countries offered as the default for numbers written without +; others can be written with their code. */
const COUNTRIES: CountryCode[] = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK', 'FI', 'PL', 'PT', 'IN', 'SG', 'ZA', 'BR', 'MX'];

function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let zoneList: string[] | undefined;
function zones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return (zoneList ??= supported.length ? supported : ['UTC', viewerZone()]);
}

function defaultCountry(): CountryCode {
  const region = typeof navigator === 'undefined' ? undefined : navigator.language.split('-')[1]?.toUpperCase();
  return (COUNTRIES as string[]).includes(region ?? '') ? (region as CountryCode) : 'US';
}

function when(unix: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
    new Date(unix * 1000),
  );
}

/** The same request body twice in a row keeps its key (a retry); any change gets a new one. */
function useIdempotencyKey() {
  const last = useRef<{ fingerprint: string; key: string } | null>(null);
  return (body: Omit<SubmitBatchRequest, 'idempotency_key'>) => {
    const fingerprint = JSON.stringify(body);
    if (last.current?.fingerprint !== fingerprint) last.current = { fingerprint, key: crypto.randomUUID() };
    return last.current.key;
  };
}

export function BatchForm({ agents }: { agents: Array<{ agent_id: string; name: string }> }) {
  const router = useAppRouter();
  const [now, setNow] = useState(() => Math.floor(Date.now() / 60_000) * 60);
  useEffect(() => {
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 60_000) * 60), 60_000);
    return () => clearInterval(timer);
  }, []);
  const form = useAppForm<BatchFormValues>({
    rules: batchFormRules(),
    defaultValues: { name: '', agentId: '', phoneNumberId: '', concurrency: '', timing: 'now', date: '', time: '', timeZone: viewerZone() },
  });
  const values = form.watch();
  const agentQuery = useQuery({ ...agentDetailQuery(values.agentId), enabled: !!values.agentId });
  const inputsQuery = useQuery({ ...estimateInputsQuery(values.agentId), enabled: !!values.agentId });
  const agent: AgentDetail | undefined = agentQuery.data?.agent;
  const numbersQuery = useQuery(phoneNumbersQuery());
  const numbers = (numbersQuery.data?.phone_numbers ?? []).filter((n) => n.can_call_out);

  useEffect(() => {
    // Choosing the agent chooses the number assigned to it, when it has one that can call out.
    const own = numbers.find((n) => n.assigned_agent?.agent_id === values.agentId);
    if (own && !form.getValues('phoneNumberId')) form.setValue('phoneNumberId', own.phone_number_id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new agent, or once the numbers arrive
  }, [values.agentId, numbersQuery.data]);

  const [country, setCountry] = useState<CountryCode>(defaultCountry);
  const [allowQuietHours, setAllowQuietHours] = useState(false);
  const [planChoice, setPlanChoice] = useState<Plan | null | undefined>(undefined);
  const plan = planChoice === undefined ? (inputsQuery.data?.plan ?? null) : planChoice;
  const [filter, setFilter] = useState<RowFilter>('all');

  const targetConcurrency = parseConcurrency(values.concurrency) ?? null;
  const startUnix = values.timing === 'schedule' ? (scheduledUnix(values.date, values.time, values.timeZone) ?? now) : now;
  const context = useMemo<PreflightContext | null>(
    () =>
      agent
        ? {
            defaultCountry: country,
            placeholders: agentPlaceholders(agent),
            allowedOverrides: allowedOverrides(agent),
            startUnix,
            concurrency: batchConcurrency(plan, targetConcurrency) ?? 1,
            expectedCallSecs: inputsQuery.data?.average_call_secs ?? DEFAULT_CALL_MINUTES * 60,
            allowQuietHours,
          }
        : null,
    [agent, country, startUnix, plan, targetConcurrency, inputsQuery.data?.average_call_secs, allowQuietHours],
  );
  const recipients = useRecipients(context);
  const { table, result } = recipients;

  // Payloads are built when needed: all of them only on submit (10,000 at every check would hold the main thread).
  const readyCount = table && result && result.rows.length === table.rows.length ? result.counts.ready : 0;
  const testCandidates = useMemo<TestCandidate[]>(() => (table && result ? readyRows(table, result, 200) : []), [table, result]);
  const blocked = !table || !result || result.fileIssues.length > 0 || result.counts.errors > 0 || result.counts.rows === 0;

  const keyFor = useIdempotencyKey();
  const submit = useFormMutation(form, {
    ...submitBatchMutation(),
    onSuccess: (data) => router.push(`/batch-calls/${encodeURIComponent(data.batch.id)}`),
  });

  const onSubmit = form.handleSubmit((v) => {
    if (blocked) return;
    const body: Omit<SubmitBatchRequest, 'idempotency_key'> = {
      call_name: v.name.trim(),
      agent_id: v.agentId,
      agent_phone_number_id: v.phoneNumberId,
      scheduled_time_unix: v.timing === 'schedule' ? scheduledUnix(v.date, v.time, v.timeZone) : null,
      target_concurrency_limit: parseConcurrency(v.concurrency) ?? null,
      recipients: table && result ? readyRows(table, result).map((r) => r.payload) : [],
    };
    submit.mutate({ ...body, idempotency_key: keyFor(body) });
  });

  const scheduled = values.timing === 'schedule' ? scheduledUnix(values.date, values.time, values.timeZone) : null;

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} className="space-y-6" noValidate>
        <Card>
          <CardHeader>
            <CardTitle>Batch</CardTitle>
            <CardDescription>Who calls, from which number.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4 md:grid-cols-3">
            <FormField
              control={form.control}
              name="name"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Name</FormLabel>
                  <FormControl>
                    <Input placeholder="June appointment reminders" autoComplete="off" {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="agentId"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Agent</FormLabel>
                  <FormControl>
                    <NativeSelect {...field} data-testid="agent-select">
                      <option value="">Choose an agent</option>
                      {agents.map((a) => (
                        <option key={a.agent_id} value={a.agent_id}>
                          {a.name}
                        </option>
                      ))}
                    </NativeSelect>
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="phoneNumberId"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Call from</FormLabel>
                  <FormControl>
                    <NativeSelect {...field} data-testid="from-number-select">
                      <option value="">
                        {numbersQuery.isPending ? 'Loading numbers…' : numbersQuery.isError ? 'Numbers could not be loaded' : numbers.length ? 'Choose a number' : 'No number can call out'}
                      </option>
                      {numbers.map((n) => (
                        <option key={n.phone_number_id} value={n.phone_number_id}>
                          {phoneNumberOptionLabel(n)}
                          {n.assigned_agent ? ` (${n.assigned_agent.agent_name})` : ''}
                        </option>
                      ))}
                    </NativeSelect>
                  </FormControl>
                  <FormDescription>{numbersQuery.isError ? numbersQuery.error.message : 'Numbers that can place outbound calls.'}</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Recipients</CardTitle>
            <CardDescription>Every row is checked before anything is sent: fix a cell in place, or drop the row.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <label className="flex flex-wrap items-center gap-2 text-sm">
              <span>Numbers without a country code are in</span>
              <span className="w-56">
                <NativeSelect aria-label="Default country" value={country} onChange={(event) => setCountry(event.target.value as CountryCode)}>
                  {COUNTRIES.map((code) => (
                    <option key={code} value={code}>
                      {regionName(code)} ({code})
                    </option>
                  ))}
                </NativeSelect>
              </span>
            </label>
            <RecipientsSource
              busy={recipients.reading}
              onFile={(file) => void recipients.load({ file })}
              onPaste={(text) => void recipients.load({ text, name: 'pasted rows' })}
              onTemplate={
                agent
                  ? () =>
                      void import('@/lib/batches/upload/files').then(({ templateCsv }) =>
                        downloadText(`${agent.name.replace(/[^\w-]+/g, '-').toLowerCase()}-recipients.csv`, templateCsv(agent)),
                      )
                  : null
              }
            />
            {recipients.reading ? (
              <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
                <Loader2 className="size-4 animate-spin" aria-hidden /> Reading the file…
              </p>
            ) : null}
            {recipients.error ? (
              <Alert variant="destructive" data-testid="recipients-error">
                <AlertTitle>The recipients could not be read</AlertTitle>
                <AlertDescription>{recipients.error}</AlertDescription>
              </Alert>
            ) : null}
            {table ? (
              <RecipientsReview
                table={table}
                result={result}
                checking={recipients.checking || !context}
                fileName={recipients.fileName}
                needsAgent={!agent}
                filter={filter}
                onFilter={setFilter}
                update={recipients.update}
                clear={recipients.clear}
              />
            ) : null}
            {table ? (
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1" checked={allowQuietHours} onChange={(event) => setAllowQuietHours(event.target.checked)} />
                <span>
                  Allow calls outside 08:00–21:00 in the recipient’s time zone
                  <span className="block text-xs text-muted-foreground">For this batch only; recipients may have agreed to be called at those times.</span>
                </span>
              </label>
            ) : null}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>When</CardTitle>
            <CardDescription>Send now, or at a time in a time zone you choose.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <FormField
              control={form.control}
              name="timing"
              render={({ field }) => (
                <FormItem>
                  <fieldset className="flex flex-wrap gap-4 text-sm">
                    <legend className="sr-only">Timing</legend>
                    {(['now', 'schedule'] as const).map((option) => (
                      <label key={option} className="flex items-center gap-2">
                        <input type="radio" name={field.name} value={option} checked={field.value === option} onChange={() => field.onChange(option)} />
                        {option === 'now' ? 'Send now' : 'Schedule'}
                      </label>
                    ))}
                  </fieldset>
                </FormItem>
              )}
            />
            {values.timing === 'schedule' ? (
              <div className="grid gap-4 md:grid-cols-3">
                <FormField
                  control={form.control}
                  name="date"
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>Date</FormLabel>
                      <FormControl>
                        <Input type="date" {...field} />
                      </FormControl>
                    </FormItem>
                  )}
                />
                <FormField
                  control={form.control}
                  name="time"
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>Time</FormLabel>
                      <FormControl>
                        <Input type="time" {...field} />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
                <FormField
                  control={form.control}
                  name="timeZone"
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>Time zone</FormLabel>
                      <FormControl>
                        <NativeSelect {...field}>
                          {zones().map((zone) => (
                            <option key={zone} value={zone}>
                              {zone}
                            </option>
                          ))}
                        </NativeSelect>
                      </FormControl>
                    </FormItem>
                  )}
                />
              </div>
            ) : null}
            {scheduled ? (
              <p className="text-sm" data-testid="schedule-summary">
                Starts {when(scheduled, values.timeZone)} ({values.timeZone})
                {values.timeZone !== viewerZone() ? ` — ${when(scheduled, viewerZone())} your time (${viewerZone()})` : ''}.
              </p>
            ) : null}
            <FormField
              control={form.control}
              name="concurrency"
              render={({ field }) => (
                <FormItem className="md:w-64">
                  <FormLabel>Calls at once (optional)</FormLabel>
                  <FormControl>
                    <Input inputMode="numeric" placeholder="Plan’s share (70%)" {...field} />
                  </FormControl>
                  <FormDescription>Limits this batch; empty uses up to 70% of your plan’s concurrency.</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Check and send</CardTitle>
          </CardHeader>
          <CardContent className="space-y-4">
            {values.agentId ? (
              <BatchEstimate
                calls={readyCount}
                inputs={inputsQuery.data}
                loading={inputsQuery.isPending}
                plan={plan}
                onPlan={setPlanChoice}
                targetConcurrency={targetConcurrency}
              />
            ) : (
              <p className="text-sm text-muted-foreground">Choose an agent to see the estimate.</p>
            )}
            {agent && table && result ? (
              <div className="space-y-2">
                <h3 className="text-sm font-medium">Test call</h3>
                <p className="text-xs text-muted-foreground">Places one real call to one row, with its variables, before the batch goes.</p>
                <TestCall agentId={values.agentId} phoneNumberId={values.phoneNumberId} candidates={testCandidates} />
              </div>
            ) : null}
            <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
              <Button type="submit" disabled={blocked || submit.isPending || recipients.checking} data-testid="submit-batch">
                {submit.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <Send className="size-4" aria-hidden />}
                {values.timing === 'schedule' ? 'Schedule' : 'Send'} {readyCount ? `${readyCount.toLocaleString('en-US')} calls` : 'batch'}
              </Button>
              <p className="text-sm text-muted-foreground" role="status">
                {!table
                  ? 'Add recipients first.'
                  : !result
                    ? 'Checking the rows…'
                    : result.fileIssues.length
                      ? 'Fix the problems with the file first.'
                      : result.counts.errors
                        ? `Fix or drop ${result.counts.errors.toLocaleString('en-US')} rows with errors first.`
                        : 'Ready to send.'}
              </p>
            </div>
          </CardContent>
        </Card>
      </form>
    </Form>
  );
}

let regionNames: Intl.DisplayNames | null | undefined;
function regionName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    regionNames = null;
    return code;
  }
}

function readyRows(table: RecipientTable, result: PreflightResult, limit = Infinity): TestCandidate[] {
  if (result.rows.length !== table.rows.length) return [];
  const ready: TestCandidate[] = [];
  for (let index = 0; index < table.rows.length && ready.length < limit; index++) {
    const row = table.rows[index]!;
    const check = result.rows[index]!;
    if (!check.e164 || check.issues.some((issue) => issue.severity === 'error')) continue;
    const overrides: TestCandidate['overrides'] = {};
    table.columns.forEach((column, c) => {
      const value = row[c];
      if (isOverrideField(column) && value !== null && value !== undefined && String(value).trim()) overrides[column] = String(value).trim();
    });
    ready.push({ line: table.lines[index]!, payload: recipientPayload(table.columns, row, check.e164), overrides });
  }
  return ready;
}

interface ReviewProps {
  table: RecipientTable;
  result: PreflightResult | null;
  checking: boolean;
  fileName: string | null;
  needsAgent: boolean;
  filter: RowFilter;
  onFilter: (filter: RowFilter) => void;
  update: (change: (table: RecipientTable) => RecipientTable) => void;
  clear: () => void;
}

function dropRows(table: RecipientTable, drop: Set<number>): RecipientTable {
  const keep = (_: unknown, index: number) => !drop.has(index);
  return { columns: table.columns, rows: table.rows.filter(keep), lines: table.lines.filter(keep) };
}

/** The pre-flight's summary, the file-level problems with their fixes, and the table. */
function RecipientsReview({ table, result, checking, fileName, needsAgent, filter, onFilter, update, clear }: ReviewProps) {
  const errorRows = result ? result.rows.flatMap((row, index) => (row.issues.some((issue) => issue.severity === 'error') ? [index] : [])) : [];
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" role="status" data-testid="preflight-summary">
        <span className="font-medium">{fileName}</span>
        <span>{table.rows.length.toLocaleString('en-US')} rows</span>
        {needsAgent ? <span className="text-muted-foreground">Choose an agent to check them.</span> : null}
        {result && !checking ? (
          <>
            <span className="text-emerald-700 dark:text-emerald-400">{result.counts.ready.toLocaleString('en-US')} ready</span>
            <span className={result.counts.errors ? 'text-destructive' : 'text-muted-foreground'}>{result.counts.errors.toLocaleString('en-US')} with errors</span>
            <span className="text-muted-foreground">{result.counts.warnings.toLocaleString('en-US')} with warnings</span>
          </>
        ) : !needsAgent ? (
          <span className="flex items-center gap-1 text-muted-foreground">
            <Loader2 className="size-3 animate-spin" aria-hidden /> Checking…
          </span>
        ) : null}
        <Button type="button" variant="ghost" size="sm" onClick={clear}>
          Remove all
        </Button>
      </div>
      {result?.fileIssues.map((issue) => (
        <Alert key={`${issue.kind}-${issue.column ?? ''}`} variant="destructive" data-testid="file-issue">
          <AlertDescription className="flex flex-wrap items-center gap-2">
            <span>{issue.message}</span>
            {issue.kind === 'override_not_allowed' && issue.column ? (
              <Button
                type="button"
                size="sm"
                variant="outline"
                onClick={() =>
                  update((t) => {
                    const index = t.columns.indexOf(issue.column!);
                    return { ...t, columns: t.columns.filter((_, i) => i !== index), rows: t.rows.map((row) => row.filter((_, i) => i !== index)) };
                  })
                }
              >
                Remove the {issue.column} column
              </Button>
            ) : null}
            {issue.kind === 'too_many_rows' ? (
              <Button type="button" size="sm" variant="outline" onClick={() => update((t) => ({ ...t, rows: t.rows.slice(0, MAX_RECIPIENTS), lines: t.lines.slice(0, MAX_RECIPIENTS) }))}>
                Keep the first {MAX_RECIPIENTS.toLocaleString('en-US')}
              </Button>
            ) : null}
          </AlertDescription>
        </Alert>
      ))}
      {result && result.counts.errors + result.counts.warnings > 0 ? (
        <ul className="flex flex-wrap gap-2 text-xs" aria-label="Problems by kind">
          {Object.entries(result.counts.byKind).map(([kind, count]) => (
            <li key={kind} className="rounded-full border px-2 py-0.5">
              {KIND_LABELS[kind] ?? kind}: {count.toLocaleString('en-US')}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <span className="w-44">
          <NativeSelect aria-label="Show rows" value={filter} onChange={(event) => onFilter(event.target.value as RowFilter)} data-testid="row-filter">
            <option value="all">All rows</option>
            <option value="errors">Rows with errors</option>
            <option value="warnings">Rows with warnings</option>
          </NativeSelect>
        </span>
        <Button type="button" variant="outline" size="sm" disabled={!errorRows.length} onClick={() => update((t) => dropRows(t, new Set(errorRows)))} data-testid="drop-error-rows">
          Drop {errorRows.length.toLocaleString('en-US')} rows with errors
        </Button>
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={!errorRows.length || !result}
          onClick={() =>
            void import('@/lib/batches/upload/files').then(({ badRowsCsv }) => result && downloadText('recipients-with-errors.csv', badRowsCsv(table, result)))
          }
        >
          <Download className="size-4" aria-hidden /> Download rows with errors
        </Button>
      </div>
      <RecipientsTable
        table={table}
        result={result && result.rows.length === table.rows.length ? result : null}
        filter={filter}
        onEdit={(row, column, value) =>
          update((t) => ({ ...t, rows: t.rows.map((r, i) => (i === row ? r.map((cell, c) => (c === column ? value : cell)) : r)) }))
        }
        onDrop={(rows) => update((t) => dropRows(t, new Set(rows)))}
      />
    </div>
  );
}

const KIND_LABELS: Record<string, string> = {
  phone_invalid: 'Invalid numbers',
  duplicate: 'Duplicates',
  placeholder_empty: 'Empty placeholders',
  override_not_allowed: 'Overrides not allowed',
  quiet_hours: 'Quiet hours',
  unknown_time_zone: 'Unknown time zone',
};
