'use client';

import { useFieldArray } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { useAppForm } from '@/components/common/use-app-form';
import type { FormRules } from '@/lib/forms/rules';
import {
  DATA_OPERATORS,
  EVALUATION_RESULTS,
  FIELD_ID_PATTERN,
  isDurationRangeValid,
  MAX_DURATION_SECS,
  MAX_REPEATED,
} from '@/lib/conversations/model';
import { DATA_OPERATOR_LABEL, formToMoreFilters, moreFiltersToForm, type MoreFiltersForm } from '@/lib/conversations/form-rules';
import { formatDuration, OUTCOME_LABEL } from '@/lib/conversations/format';
import type { ConversationFilters, FilterOption } from '@/lib/conversations/model';
import { conversationFilterOptionsQuery } from '@/lib/conversations/queries';

interface Props {
  id: string;
  filters: ConversationFilters;
  onApply: (changes: Partial<ConversationFilters>) => void;
}

const ID_TITLE = 'Letters, digits, _ and - only';

// Ids and values are checked by the browser (pattern, required) before this runs; the range needs both fields.
const moreFiltersRules: FormRules<MoreFiltersForm> = {
  maxDuration: (_, form) => {
    const { min_duration, max_duration } = formToMoreFilters(form);
    return isDurationRangeValid(min_duration, max_duration) ? undefined : 'The maximum must not be less than the minimum.';
  },
};

/** Duration, evaluation-result and collected-data filters; applied together with one button. */
export function MoreFilters({ id, filters, onApply }: Props) {
  const form = useAppForm<MoreFiltersForm>({ rules: moreFiltersRules, defaultValues: moreFiltersToForm(filters) });
  const evaluations = useFieldArray({ control: form.control, name: 'evaluations' });
  const data = useFieldArray({ control: form.control, name: 'data' });
  const rangeError = form.formState.errors.maxDuration?.message;
  const operators = form.watch('data');
  // Suggestions only: while they load, or if they fail, the ids can still be typed.
  const options = useQuery(conversationFilterOptionsQuery()).data;
  const criteriaListId = `${id}-criteria`;
  const fieldsListId = `${id}-fields`;

  return (
    <form
      id={id}
      className="space-y-4 border-t pt-3"
      onSubmit={form.handleSubmit((values) => onApply(formToMoreFilters(values)))}
      aria-label="More filters"
      data-testid="more-filters"
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Call duration</legend>
        <div className="grid grid-cols-2 gap-3 sm:max-w-md">
          <DurationInput id="filter-min-duration" label="Minimum (seconds)" value={form.watch('minDuration')} {...form.register('minDuration')} />
          <DurationInput
            id="filter-max-duration"
            label="Maximum (seconds)"
            value={form.watch('maxDuration')}
            {...form.register('maxDuration')}
            aria-invalid={rangeError ? true : undefined}
            aria-describedby={rangeError ? 'filter-duration-error' : undefined}
          />
        </div>
        {rangeError ? (
          <p id="filter-duration-error" className="text-sm text-destructive" aria-live="polite">
            {rangeError}
          </p>
        ) : null}
      </fieldset>

      <IdSuggestions id={criteriaListId} options={options?.criteria} />
      <IdSuggestions id={fieldsListId} options={options?.dataFields} />
      <RepeatedRows
        legend="Evaluation results"
        emptyText="Any result for every criterion."
        hint={suggestionHint(options?.criteria, 'criteria')}
        addLabel="Add criterion"
        count={evaluations.fields.length}
        onAdd={() => evaluations.append({ criterion: '', result: 'success' })}
      >
        {evaluations.fields.map((row, index) => (
          <li key={row.id} className="grid grid-cols-[1fr_auto] gap-2 sm:grid-cols-[minmax(0,16rem)_10rem_auto]" data-testid="evaluation-filter">
            <IdInput
              aria-label={`Criterion ID ${index + 1}`}
              placeholder="criterion_id"
              list={criteriaListId}
              {...form.register(`evaluations.${index}.criterion`)}
              className="col-span-2 sm:col-span-1"
            />
            <NativeSelect aria-label={`Result ${index + 1}`} {...form.register(`evaluations.${index}.result`)}>
              {EVALUATION_RESULTS.map((result) => (
                <option key={result} value={result}>
                  {OUTCOME_LABEL[result] ?? result}
                </option>
              ))}
            </NativeSelect>
            <RemoveRowButton label={`Remove criterion ${index + 1}`} onClick={() => evaluations.remove(index)} />
          </li>
        ))}
      </RepeatedRows>

      <RepeatedRows
        legend="Collected data"
        emptyText="Any collected values."
        hint={`${suggestionHint(options?.dataFields, 'fields') ?? ''} “Equals” with an empty value finds calls where the field was not collected.`.trim()}
        addLabel="Add field"
        count={data.fields.length}
        onAdd={() => data.append({ field: '', operator: 'eq', value: '' })}
      >
        {data.fields.map((row, index) => {
          const operator = operators[index]?.operator ?? row.operator;
          return (
            <li key={row.id} className="grid grid-cols-[1fr_1fr_auto] gap-2 sm:grid-cols-[minmax(0,12rem)_11rem_minmax(0,1fr)_auto]" data-testid="data-filter">
              <IdInput
                aria-label={`Field ID ${index + 1}`}
                placeholder="field_id"
              list={fieldsListId}
                {...form.register(`data.${index}.field`)}
                className="col-span-3 sm:col-span-1"
              />
              <NativeSelect aria-label={`Operator ${index + 1}`} {...form.register(`data.${index}.operator`)}>
                {DATA_OPERATORS.map((option) => (
                  <option key={option} value={option}>
                    {DATA_OPERATOR_LABEL[option]}
                  </option>
                ))}
              </NativeSelect>
              <Input
                aria-label={`Value ${index + 1}`}
                placeholder={operator === 'in' ? 'a|b|c' : operator === 'eq' ? 'value (or none)' : 'value'}
                {...form.register(`data.${index}.value`)}
                // An empty value is meaningful only with "equals" (not collected).
                required={operator !== 'eq'}
                maxLength={200}
              />
              <RemoveRowButton label={`Remove field ${index + 1}`} onClick={() => data.remove(index)} />
            </li>
          );
        })}
      </RepeatedRows>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" data-testid="more-filters-apply">
          Apply filters
        </Button>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() => onApply({ min_duration: undefined, max_duration: undefined, evaluation: undefined, data: undefined })}
        >
          Reset these
        </Button>
      </div>
    </form>
  );
}

/** A list of filter rows (criteria or collected fields) with its add button. */
function RepeatedRows(props: { legend: string; emptyText: string; hint?: string | null; addLabel: string; count: number; onAdd: () => void; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{props.legend}</legend>
      {props.hint ? <p className="text-xs text-muted-foreground">{props.hint}</p> : null}
      {props.count === 0 ? <p className="text-sm text-muted-foreground">{props.emptyText}</p> : null}
      <ul className="space-y-2">{props.children}</ul>
      <Button type="button" variant="outline" size="sm" disabled={props.count >= MAX_REPEATED} onClick={props.onAdd}>
        <Plus className="size-4" aria-hidden /> {props.addLabel}
      </Button>
    </fieldset>
  );
}

/** The ids the agents define, offered by the id inputs (`list`); each names the agents that use it. */
function IdSuggestions({ id, options }: { id: string; options: FilterOption[] | undefined }) {
  return (
    <datalist id={id} data-testid={id}>
      {options?.map((option) => (
        <option key={option.id} value={option.id} label={[option.label, option.agents.join(', ')].filter(Boolean).join(' · ')} />
      ))}
    </datalist>
  );
}

function suggestionHint(options: FilterOption[] | undefined, noun: 'criteria' | 'fields'): string | null {
  if (!options) return null;
  if (options.length === 0) return `Your agents define no ${noun === 'criteria' ? 'evaluation criteria' : 'data-collection fields'}.`;
  return `Suggested from your agents' ${noun === 'criteria' ? 'evaluation criteria' : 'data-collection fields'}: ${options.map((o) => o.id).join(', ')}.`;
}

/** A criterion or data-collection id, checked by the browser before the server sees it. */
function IdInput({ className, ...props }: React.ComponentProps<typeof Input>) {
  return <Input required pattern={FIELD_ID_PATTERN} title={ID_TITLE} maxLength={64} className={`font-mono ${className ?? ''}`} {...props} />;
}

function RemoveRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="button" variant="ghost" size="icon" aria-label={label} onClick={onClick}>
      <Trash2 className="size-4" aria-hidden />
    </Button>
  );
}

type DurationInputProps = Omit<React.ComponentProps<typeof Input>, 'value'> & { id: string; label: string; value: string };

function DurationInput({ id, label, value, ...inputProps }: DurationInputProps) {
  const seconds = Number(value);
  const hint = value !== '' && Number.isInteger(seconds) && seconds >= 60 ? formatDuration(seconds) : null;
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} type="number" inputMode="numeric" min={0} max={MAX_DURATION_SECS} step={1} {...inputProps} />
      <p className="h-4 text-xs text-muted-foreground" aria-hidden>
        {hint ? `${hint} (m:ss)` : null}
      </p>
    </div>
  );
}
