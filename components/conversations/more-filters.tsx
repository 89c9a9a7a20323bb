'use client';

import { useRef, useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import {
  DATA_OPERATOR_LABEL,
  DATA_OPERATORS,
  EVALUATION_RESULTS,
  FIELD_ID_PATTERN,
  formToMoreFilters,
  isDurationRangeValid,
  MAX_DURATION_SECS,
  MAX_REPEATED,
  moreFiltersToForm,
  type DataFilter,
  type EvaluationFilter,
} from '@/lib/conversations/model';
import { formatDuration, OUTCOME_LABEL } from '@/lib/conversations/format';
import type { ConversationFilters } from '@/lib/conversations/schemas';

interface Props {
  id: string;
  filters: ConversationFilters;
  onApply: (changes: Partial<ConversationFilters>) => void;
}

type Keyed<T> = T & { key: number };

const ID_TITLE = 'Letters, digits, _ and - only';

/** Duration, evaluation-result and collected-data filters; applied together with one button. */
export function MoreFilters({ id, filters, onApply }: Props) {
  const initial = moreFiltersToForm(filters);
  const nextKey = useRef(0);
  const keyed = <T,>(row: T): Keyed<T> => ({ ...row, key: nextKey.current++ });
  const [minDuration, setMinDuration] = useState(initial.minDuration);
  const [maxDuration, setMaxDuration] = useState(initial.maxDuration);
  const [evaluations, setEvaluations] = useState(() => initial.evaluations.map(keyed));
  const [data, setData] = useState(() => initial.data.map(keyed));
  const [rangeError, setRangeError] = useState(false);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const next = formToMoreFilters({ minDuration, maxDuration, evaluations, data });
    if (!isDurationRangeValid(next.min_duration, next.max_duration)) {
      setRangeError(true);
      return;
    }
    setRangeError(false);
    onApply(next);
  }

  const updateEvaluation = (key: number, change: Partial<EvaluationFilter>) =>
    setEvaluations((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const updateData = (key: number, change: Partial<DataFilter>) =>
    setData((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <form id={id} className="space-y-4 border-t pt-3" onSubmit={submit} aria-label="More filters" data-testid="more-filters">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Call duration</legend>
        <div className="grid grid-cols-2 gap-3 sm:max-w-md">
          <DurationInput id="filter-min-duration" label="Minimum (seconds)" value={minDuration} onChange={setMinDuration} />
          <DurationInput
            id="filter-max-duration"
            label="Maximum (seconds)"
            value={maxDuration}
            onChange={(value) => {
              setMaxDuration(value);
              setRangeError(false);
            }}
            invalid={rangeError}
            describedBy={rangeError ? 'filter-duration-error' : undefined}
          />
        </div>
        {rangeError ? (
          <p id="filter-duration-error" className="text-sm text-destructive" aria-live="polite">
            The maximum must not be less than the minimum.
          </p>
        ) : null}
      </fieldset>

      <RepeatedRows
        legend="Evaluation results"
        emptyText="Any result for every criterion."
        addLabel="Add criterion"
        count={evaluations.length}
        onAdd={() => setEvaluations((rows) => [...rows, keyed({ criterion: '', result: 'success' as const })])}
      >
          {evaluations.map((row, index) => (
            <li key={row.key} className="grid grid-cols-[1fr_auto] gap-2 sm:grid-cols-[minmax(0,16rem)_10rem_auto]" data-testid="evaluation-filter">
              <IdInput
                aria-label={`Criterion ID ${index + 1}`}
                placeholder="criterion_id"
                value={row.criterion}
                onChange={(event) => updateEvaluation(row.key, { criterion: event.target.value })}
                className="col-span-2 sm:col-span-1"
              />
              <NativeSelect
                aria-label={`Result ${index + 1}`}
                value={row.result}
                onChange={(event) => updateEvaluation(row.key, { result: event.target.value as EvaluationFilter['result'] })}
              >
                {EVALUATION_RESULTS.map((result) => (
                  <option key={result} value={result}>
                    {OUTCOME_LABEL[result] ?? result}
                  </option>
                ))}
              </NativeSelect>
              <RemoveRowButton label={`Remove criterion ${index + 1}`} onClick={() => setEvaluations((rows) => rows.filter((other) => other.key !== row.key))} />
            </li>
          ))}
      </RepeatedRows>

      <RepeatedRows
        legend="Collected data"
        emptyText="Any collected values."
        addLabel="Add field"
        count={data.length}
        onAdd={() => setData((rows) => [...rows, keyed({ field: '', operator: 'eq' as const, value: '' })])}
      >
          {data.map((row, index) => (
            <li key={row.key} className="grid grid-cols-[1fr_1fr_auto] gap-2 sm:grid-cols-[minmax(0,12rem)_11rem_minmax(0,1fr)_auto]" data-testid="data-filter">
              <IdInput
                aria-label={`Field ID ${index + 1}`}
                placeholder="field_id"
                value={row.field}
                onChange={(event) => updateData(row.key, { field: event.target.value })}
                className="col-span-3 sm:col-span-1"
              />
              <NativeSelect
                aria-label={`Operator ${index + 1}`}
                value={row.operator}
                onChange={(event) => updateData(row.key, { operator: event.target.value as DataFilter['operator'] })}
              >
                {DATA_OPERATORS.map((operator) => (
                  <option key={operator} value={operator}>
                    {DATA_OPERATOR_LABEL[operator]}
                  </option>
                ))}
              </NativeSelect>
              <Input
                aria-label={`Value ${index + 1}`}
                placeholder={row.operator === 'in' ? 'a|b|c' : row.operator === 'eq' ? 'empty: not collected' : 'value'}
                value={row.value}
                onChange={(event) => updateData(row.key, { value: event.target.value })}
                // An empty value is meaningful only with "equals" (not collected).
                required={row.operator !== 'eq'}
                maxLength={200}
              />
              <RemoveRowButton label={`Remove field ${index + 1}`} onClick={() => setData((rows) => rows.filter((other) => other.key !== row.key))} />
            </li>
          ))}
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
function RepeatedRows(props: { legend: string; emptyText: string; addLabel: string; count: number; onAdd: () => void; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{props.legend}</legend>
      {props.count === 0 ? <p className="text-sm text-muted-foreground">{props.emptyText}</p> : null}
      <ul className="space-y-2">{props.children}</ul>
      <Button type="button" variant="outline" size="sm" disabled={props.count >= MAX_REPEATED} onClick={props.onAdd}>
        <Plus className="size-4" aria-hidden /> {props.addLabel}
      </Button>
    </fieldset>
  );
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

function DurationInput(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const seconds = Number(props.value);
  const hint = props.value !== '' && Number.isInteger(seconds) && seconds >= 60 ? formatDuration(seconds) : null;
  return (
    <div className="space-y-1">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_DURATION_SECS}
        step={1}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
      />
      <p className="h-4 text-xs text-muted-foreground" aria-hidden>
        {hint ? `${hint} (m:ss)` : null}
      </p>
    </div>
  );
}
