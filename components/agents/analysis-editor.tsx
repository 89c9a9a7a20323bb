'use client';

import { useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import {
  ANALYSIS_ID_PATTERN,
  DATA_COLLECTION_PATH,
  DATA_COLLECTION_TYPES,
  EVALUATION_CRITERIA_PATH,
  MAX_ANALYSIS_ITEMS,
  MAX_GOAL_PROMPT_LENGTH,
  valueAtPath,
  type DataCollectionItem,
  type EvaluationCriterion,
} from '@/lib/agents/model';
import { fieldId, useEditor } from './editor-context';

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function Message({ path, label }: { path: string; label?: string }) {
  const { errorAt } = useEditor();
  const error = errorAt(path);
  return error ? (
    <p id={`${fieldId(path)}-error`} role="alert" className="text-sm text-destructive" data-testid={`error-${path}`}>
      {label ? `${label} ${error}` : error}
    </p>
  ) : null;
}

function unusedId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}_${n}`)) return `${prefix}_${n}`;
}

/** Evaluation criteria: each a goal the call is judged against after it ends (success / failure / unknown). */
export function CriteriaEditor() {
  const { draft, set, errorAt, disabled } = useEditor();
  const raw = valueAtPath(draft, EVALUATION_CRITERIA_PATH);
  const criteria = (Array.isArray(raw) ? raw : []) as EvaluationCriterion[];
  const update = (index: number, changes: Partial<EvaluationCriterion>) =>
    set(EVALUATION_CRITERIA_PATH, criteria.map((item, at) => (at === index ? { ...item, ...changes } : item)));
  return (
    <fieldset className="space-y-3" data-testid="criteria-editor">
      <legend className="font-medium">Evaluation criteria</legend>
      <p className="text-sm text-muted-foreground">After each call, the transcript is judged against each goal: success, failure or unknown.</p>
      <Message path={EVALUATION_CRITERIA_PATH} />
      {criteria.length === 0 ? <p className="text-sm text-muted-foreground">No criteria yet.</p> : null}
      <ol className="space-y-3">
        {criteria.map((criterion, index) => {
          const at = `${EVALUATION_CRITERIA_PATH}.${index}`;
          return (
            <li key={index} className="space-y-2 rounded-lg border p-3" data-testid="criterion">
              <div className="grid gap-2 sm:grid-cols-2">
                <div className="grid gap-1.5">
                  <Label htmlFor={fieldId(`${at}.id`)}>ID</Label>
                  <Input
                    id={fieldId(`${at}.id`)}
                    value={criterion.id ?? ''}
                    disabled={disabled}
                    aria-invalid={errorAt(`${at}.id`) ? true : undefined}
                    onChange={(event) => update(index, { id: event.target.value })}
                    className="font-mono"
                  />
                  <Message path={`${at}.id`} label="ID" />
                </div>
                <div className="grid gap-1.5">
                  <Label htmlFor={fieldId(`${at}.name`)}>Name</Label>
                  <Input
                    id={fieldId(`${at}.name`)}
                    value={criterion.name ?? ''}
                    disabled={disabled}
                    aria-invalid={errorAt(`${at}.name`) ? true : undefined}
                    onChange={(event) => update(index, { name: event.target.value })}
                  />
                  <Message path={`${at}.name`} label="Name" />
                </div>
              </div>
              <div className="grid gap-1.5">
                <Label htmlFor={fieldId(`${at}.conversation_goal_prompt`)}>Goal</Label>
                <Textarea
                  id={fieldId(`${at}.conversation_goal_prompt`)}
                  rows={2}
                  maxLength={MAX_GOAL_PROMPT_LENGTH}
                  value={criterion.conversation_goal_prompt ?? ''}
                  disabled={disabled}
                  aria-invalid={errorAt(`${at}.conversation_goal_prompt`) ? true : undefined}
                  onChange={(event) => update(index, { conversation_goal_prompt: event.target.value })}
                />
                <Message path={`${at}.conversation_goal_prompt`} label="Goal" />
              </div>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={disabled}
                onClick={() => set(EVALUATION_CRITERIA_PATH, criteria.filter((_, at) => at !== index))}
                aria-label={`Remove criterion ${criterion.name || criterion.id || index + 1}`}
              >
                <Trash2 className="size-4" aria-hidden /> Remove
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={disabled || criteria.length >= MAX_ANALYSIS_ITEMS}
        onClick={() =>
          set(EVALUATION_CRITERIA_PATH, [
            ...criteria,
            { id: unusedId('criterion', criteria.map((item) => item.id)), name: '', type: 'prompt', conversation_goal_prompt: '', use_knowledge_base: false },
          ])
        }
        data-testid="add-criterion"
      >
        <Plus className="size-4" aria-hidden /> Add criterion
      </Button>
    </fieldset>
  );
}

/** Data collection: values pulled out of each transcript, keyed by an ID of your choosing. */
export function DataCollectionEditor() {
  const { draft, set, disabled } = useEditor();
  const raw = valueAtPath(draft, DATA_COLLECTION_PATH);
  const items = (isPlainObject(raw) ? raw : {}) as Record<string, DataCollectionItem>;
  const entries = Object.entries(items);
  const write = (next: Array<[string, DataCollectionItem]>) => set(DATA_COLLECTION_PATH, Object.fromEntries(next));
  return (
    <fieldset className="space-y-3" data-testid="data-collection-editor">
      <legend className="font-medium">Data collection</legend>
      <p className="text-sm text-muted-foreground">Values extracted from every transcript, such as an order number or a yes/no answer.</p>
      <Message path={DATA_COLLECTION_PATH} />
      {entries.length === 0 ? <p className="text-sm text-muted-foreground">No items yet.</p> : null}
      <ol className="space-y-3">
        {entries.map(([id, item], index) => (
          <DataCollectionRow
            key={index}
            id={id}
            item={item}
            otherIds={entries.filter((_, at) => at !== index).map(([other]) => other)}
            disabled={disabled}
            onChange={(nextId, nextItem) => write(entries.map((entry, at) => (at === index ? [nextId, nextItem] : entry)))}
            onRemove={() => write(entries.filter((_, at) => at !== index))}
          />
        ))}
      </ol>
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={disabled || entries.length >= MAX_ANALYSIS_ITEMS}
        onClick={() => write([...entries, [unusedId('item', Object.keys(items)), { type: 'string', description: '' }]])}
        data-testid="add-data-item"
      >
        <Plus className="size-4" aria-hidden /> Add item
      </Button>
    </fieldset>
  );
}

interface RowProps {
  id: string;
  item: DataCollectionItem;
  otherIds: string[];
  disabled: boolean;
  onChange: (id: string, item: DataCollectionItem) => void;
  onRemove: () => void;
}

/** The ID is the item's key: it is renamed only once the typed one is valid and unused, and says why not meanwhile. */
function DataCollectionRow({ id, item, otherIds, disabled, onChange, onRemove }: RowProps) {
  const [text, setText] = useState(id);
  const [seen, setSeen] = useState(id);
  if (id !== seen) {
    setSeen(id);
    setText(id);
  }
  const at = `${DATA_COLLECTION_PATH}.${id}`;
  const { errorAt } = useEditor();
  const local = text === id ? undefined : !ANALYSIS_ID_PATTERN.test(text) ? 'ID must be 1–64 letters, digits, _ or -' : otherIds.includes(text) ? `ID ${text} is already used` : undefined;
  const serverError = errorAt(at);
  const idError = local ?? (serverError ? `ID ${serverError.replace(/^id /, '')}` : undefined);
  const inputId = fieldId(`${at}.__id`);
  return (
    <li className="space-y-2 rounded-lg border p-3" data-testid="data-item">
      <div className="grid gap-2 sm:grid-cols-[1fr_10rem]">
        <div className="grid gap-1.5">
          <Label htmlFor={inputId}>ID</Label>
          <Input
            id={inputId}
            value={text}
            disabled={disabled}
            className="font-mono"
            aria-invalid={idError ? true : undefined}
            onChange={(event) => {
              const next = event.target.value;
              setText(next);
              if (ANALYSIS_ID_PATTERN.test(next) && !otherIds.includes(next)) onChange(next, item);
            }}
          />
          {idError ? (
            <p role="alert" className="text-sm text-destructive">
              {idError}
            </p>
          ) : null}
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={fieldId(`${at}.type`)}>Type</Label>
          <NativeSelect id={fieldId(`${at}.type`)} value={item.type} disabled={disabled} onChange={(event) => onChange(id, { ...item, type: event.target.value as DataCollectionItem['type'] })}>
            {DATA_COLLECTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </NativeSelect>
          <Message path={`${at}.type`} label="Type" />
        </div>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={fieldId(`${at}.description`)}>Description</Label>
        <Textarea
          id={fieldId(`${at}.description`)}
          rows={2}
          value={item.description ?? ''}
          disabled={disabled}
          onChange={(event) => onChange(id, { ...item, description: event.target.value })}
        />
      </div>
      <Button type="button" variant="ghost" size="sm" disabled={disabled} onClick={onRemove} aria-label={`Remove item ${id}`}>
        <Trash2 className="size-4" aria-hidden /> Remove
      </Button>
    </li>
  );
}
