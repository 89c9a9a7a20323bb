'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Loader2, PhoneOutgoing, Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import { useAppForm } from '@/components/common/use-app-form';
import { useFormMutation } from '@/components/common/use-form-mutation';
import { allowedOverrides, OVERRIDE_FIELDS, OVERRIDE_SETTING_LABEL, type OverrideField } from '@/lib/agents/call-rules';
import { agentDetailQuery, agentsListQuery } from '@/lib/agents/queries';
import type { ApiError } from '@/lib/api/client';
import { callFormRules, emptyCallForm, toPlaceCallInput, variableRowsFor, VARIABLE_TYPES, type CallFormValues } from '@/lib/calls/form-rules';
import { newIdempotencyKey, type CallView } from '@/lib/calls/model';
import { callKeys } from '@/lib/calls/queries';
import { placeCallMutation } from '@/lib/calls/mutations';
import { formatAsYouType, phoneCountries, type CountryCode } from '@/lib/phone/model';
import { phoneNumberOptionLabel, providerLabel } from '@/lib/phone-numbers/model';
import { phoneNumbersQuery } from '@/lib/phone-numbers/queries';

const OVERRIDE_LABEL: Record<OverrideField, string> = {
  language: 'Language',
  first_message: 'First message',
  system_prompt: 'System prompt',
  voice_id: 'Voice ID',
};

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(undefined, { type: 'region' }) : null;

/**
 * The outbound-call form. Each submission carries an idempotency key made when the form opens: a
 * double click, a retry after a lost answer or a resubmission sends the same key, so the server
 * places the call once. The key is renewed after a call is placed, after a refusal (nothing was
 * dialled), and whenever the form changes.
 */
export function CallForm({ onPlaced }: { onPlaced?: (call: CallView) => void }) {
  const queryClient = useQueryClient();
  const key = useRef(newIdempotencyKey());
  const form = useAppForm<CallFormValues>({ rules: callFormRules, defaultValues: emptyCallForm() });
  const variables = useFieldArray({ control: form.control, name: 'variables' });
  const [agentId, fromId, country] = useWatch({ control: form.control, name: ['agent_id', 'from_phone_number_id', 'country'] });
  const agents = useQuery(agentsListQuery());
  const numbers = useQuery(phoneNumbersQuery());
  const agent = useQuery({ ...agentDetailQuery(agentId), enabled: !!agentId });
  const detail = agent.data?.agent;
  const callable = useMemo(() => (numbers.data?.phone_numbers ?? []).filter((n) => n.can_call_out), [numbers.data]);
  const from = callable.find((n) => n.phone_number_id === fromId);
  const allowed = detail ? allowedOverrides(detail) : null;
  const countries = useMemo(() => phoneCountries(), []);

  // Any change to what would be sent is another call: a new key.
  useEffect(() => {
    const subscription = form.watch(() => {
      key.current = newIdempotencyKey();
    });
    return () => subscription.unsubscribe();
  }, [form]);

  // The chosen agent's {{placeholders}} become rows; values already typed are kept.
  useEffect(() => {
    if (detail) form.setValue('variables', variableRowsFor(detail, form.getValues('variables')));
  }, [detail, form]);

  const place = useFormMutation(form, placeCallMutation());
  const submit = form.handleSubmit((values) => {
    place.mutate(toPlaceCallInput(values, key.current, detail, from?.provider === 'twilio'), {
      onSuccess: ({ call }) => {
        key.current = newIdempotencyKey();
        onPlaced?.(call);
      },
      onError: (error) => {
        // A refusal or an unanswered call is recorded too: the list shows it.
        void queryClient.invalidateQueries({ queryKey: callKeys.lists() });
        const outcome = ((error as ApiError).details as { call?: CallView } | undefined)?.call?.outcome;
        if (outcome === 'refused' || (error as ApiError).status === 422) key.current = newIdempotencyKey();
      },
    });
  });

  return (
    <Form {...form}>
      <form onSubmit={submit} className="space-y-4" data-testid="call-form" noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="agent_id"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Agent</FormLabel>
                <FormControl>
                  <NativeSelect {...field} data-testid="call-agent" disabled={agents.isPending}>
                    <option value="">{agents.isPending ? 'Loading agents…' : 'Choose an agent'}</option>
                    {(agents.data?.agents ?? []).map((a) => (
                      <option key={a.agent_id} value={a.agent_id}>
                        {a.name}
                      </option>
                    ))}
                  </NativeSelect>
                </FormControl>
                {agents.isError ? <p className="text-sm text-destructive">Agents could not be loaded: {agents.error.message}</p> : null}
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="from_phone_number_id"
            render={({ field }) => (
              <FormItem>
                <FormLabel>From</FormLabel>
                <FormControl>
                  <NativeSelect {...field} data-testid="call-from" disabled={numbers.isPending}>
                    <option value="">{numbers.isPending ? 'Loading numbers…' : 'Choose a number'}</option>
                    {callable.map((n) => (
                      <option key={n.phone_number_id} value={n.phone_number_id}>
                        {phoneNumberOptionLabel(n)} · {providerLabel(n.provider)}
                      </option>
                    ))}
                  </NativeSelect>
                </FormControl>
                {numbers.isError ? <p className="text-sm text-destructive">Numbers could not be loaded: {numbers.error.message}</p> : null}
                {numbers.data && callable.length === 0 ? (
                  <FormDescription>
                    No number can call out. <Link href="/phone-numbers" className="underline">Phone numbers</Link>
                  </FormDescription>
                ) : null}
                <FormMessage />
              </FormItem>
            )}
          />
        </div>

        <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
          <FormField
            control={form.control}
            name="country"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Country</FormLabel>
                <FormControl>
                  <NativeSelect {...field} data-testid="call-country">
                    <option value="">International (+…)</option>
                    {countries.map((c) => (
                      <option key={c.code} value={c.code}>
                        {regionNames?.of(c.code) ?? c.code} +{c.callingCode}
                      </option>
                    ))}
                  </NativeSelect>
                </FormControl>
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="to_number"
            render={({ field }) => (
              <FormItem>
                <FormLabel>To</FormLabel>
                <FormControl>
                  <Input
                    {...field}
                    type="tel"
                    inputMode="tel"
                    autoComplete="off"
                    placeholder={country ? 'Number' : '+1 415 555 0123'}
                    data-testid="call-to"
                    onChange={(event) => field.onChange(formatAsYouType(event.target.value, (country || undefined) as CountryCode | undefined))}
                  />
                </FormControl>
                <FormDescription>Sent in international format (E.164).</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Dynamic variables</legend>
          {variables.fields.length === 0 ? (
            <p className="text-sm text-muted-foreground">{detail ? 'This agent uses no {{placeholders}}.' : 'Choose an agent to see the variables it uses.'}</p>
          ) : null}
          {variables.fields.map((row, index) => (
            <div key={row.id} className="grid grid-cols-[1fr_6.5rem_auto] gap-2 sm:grid-cols-[12rem_7rem_1fr_auto]" data-testid="variable-row">
              <Input aria-label="Variable name" {...form.register(`variables.${index}.name`)} className="font-mono" />
              <NativeSelect aria-label="Type" {...form.register(`variables.${index}.type`)}>
                {VARIABLE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </NativeSelect>
              <VariableValue index={index} form={form} />
              <Button type="button" variant="ghost" size="icon" aria-label={`Remove ${row.name || 'variable'}`} onClick={() => variables.remove(index)}>
                <Trash2 className="size-4" aria-hidden />
              </Button>
            </div>
          ))}
          <Button type="button" variant="outline" size="sm" onClick={() => variables.append({ name: '', type: 'string', value: '' })}>
            <Plus className="size-4" aria-hidden /> Add variable
          </Button>
          {form.formState.errors.variables?.message ? <p className="text-sm text-destructive">{form.formState.errors.variables.message}</p> : null}
        </fieldset>

        {detail ? (
          <fieldset className="space-y-3" data-testid="call-overrides">
            <legend className="text-sm font-medium">Overrides</legend>
            {OVERRIDE_FIELDS.map((field) => {
              const ok = allowed?.[field] ?? false;
              const id = `override-${field}`;
              return (
                <div key={field} className="space-y-1">
                  <label htmlFor={id} className={`text-sm ${ok ? '' : 'text-muted-foreground'}`}>
                    {OVERRIDE_LABEL[field]}
                  </label>
                  {field === 'system_prompt' || field === 'first_message' ? (
                    <Textarea id={id} rows={field === 'system_prompt' ? 3 : 2} disabled={!ok} {...form.register(`overrides.${field}`)} data-testid={id} />
                  ) : (
                    <Input id={id} disabled={!ok} {...form.register(`overrides.${field}`)} data-testid={id} />
                  )}
                  {ok ? null : (
                    <p className="text-xs text-muted-foreground" data-testid={`${id}-disabled`}>
                      {detail.name} does not allow this. Turn on <strong>{OVERRIDE_SETTING_LABEL[field]}</strong> in{' '}
                      <Link href={`/agents/${encodeURIComponent(detail.agent_id)}`} className="underline">
                        the agent&apos;s settings
                      </Link>
                      .
                    </p>
                  )}
                </div>
              );
            })}
            {form.formState.errors.overrides?.message ? <p className="text-sm text-destructive">{form.formState.errors.overrides.message}</p> : null}
          </fieldset>
        ) : null}

        {from?.provider === 'twilio' ? (
          <fieldset className="space-y-2" data-testid="twilio-options">
            <legend className="text-sm font-medium">Twilio</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" {...form.register('record')} /> Record the call
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" {...form.register('machine_detection')} /> Detect answering machines
            </label>
            <FormField
              control={form.control}
              name="ringing_timeout_secs"
              render={({ field }) => (
                <FormItem className="sm:w-56">
                  <FormLabel>Ringing timeout (seconds)</FormLabel>
                  <FormControl>
                    <Input {...field} inputMode="numeric" placeholder="Default" />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
          </fieldset>
        ) : null}

        <Button type="submit" disabled={place.isPending} data-testid="place-call">
          {place.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <PhoneOutgoing className="size-4" aria-hidden />}
          Place call
        </Button>
        {place.isError ? (
          <p className="text-sm text-destructive" role="alert" data-testid="call-error">
            {place.error.message}
          </p>
        ) : null}
      </form>
    </Form>
  );
}

function VariableValue({ index, form }: { index: number; form: ReturnType<typeof useAppForm<CallFormValues>> }) {
  const type = useWatch({ control: form.control, name: `variables.${index}.type` });
  if (type === 'boolean') {
    return (
      <NativeSelect aria-label="Value" {...form.register(`variables.${index}.value`)} className="col-span-2 sm:col-span-1">
        <option value="true">true</option>
        <option value="false">false</option>
      </NativeSelect>
    );
  }
  return <Input aria-label="Value" inputMode={type === 'number' ? 'decimal' : undefined} {...form.register(`variables.${index}.value`)} className="col-span-2 sm:col-span-1" />;
}
