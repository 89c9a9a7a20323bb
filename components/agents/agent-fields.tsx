'use client';

import { useState, type ReactNode } from 'react';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { Switch } from '@/components/ui/switch';
import { Textarea } from '@/components/ui/textarea';
import { AUDIO_FORMAT_LABEL, valueAtPath, type AgentFieldSpec } from '@/lib/agents/model';
import { fieldId, useEditor } from './editor-context';

interface ShellProps {
  path: string;
  label: string;
  help?: ReactNode;
  children: ReactNode;
  /** Booleans put the label beside the switch. */
  inline?: boolean;
}

/** Label, control, help and the field's message (ours or the server's), wired for screen readers. */
export function FieldShell({ path, label, help, children, inline }: ShellProps) {
  const { errorAt } = useEditor();
  const id = fieldId(path);
  const error = errorAt(path);
  return (
    <div className="grid gap-1.5" data-field={path}>
      <div className={inline ? 'flex items-center gap-3' : 'grid gap-1.5'}>
        {inline ? children : null}
        <Label htmlFor={id} className={error ? 'text-destructive' : undefined}>
          {label}
        </Label>
        {inline ? null : children}
      </div>
      {help ? (
        <p id={`${id}-help`} className="text-xs text-muted-foreground">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive" data-testid={`error-${path}`}>
          {label} {error}
        </p>
      ) : null}
    </div>
  );
}

/** aria attributes tying a control to its help and message. */
export function useFieldAria(path: string, hasHelp: boolean) {
  const { errorAt } = useEditor();
  const id = fieldId(path);
  const error = errorAt(path);
  const describedBy = [hasHelp ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'data-testid': `field-${path}` };
}

const asNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text));

function helpOf(spec: AgentFieldSpec): string | undefined {
  const parts: string[] = [];
  if (spec.help) parts.push(spec.help);
  if ((spec.kind === 'number' || spec.kind === 'integer') && spec.min !== undefined && spec.max !== undefined) {
    parts.push(`${spec.min}–${spec.max}${spec.sentinel ? `, or ${spec.sentinel.value} for ${spec.sentinel.label}` : ''}.`);
  }
  return parts.join(' ') || undefined;
}

/** One field of the table in model.ts, drawn by its kind. */
export function AgentField({ spec, rows, after }: { spec: AgentFieldSpec; rows?: number; after?: ReactNode }) {
  const { draft, set, disabled } = useEditor();
  const value = valueAtPath(draft, spec.path);
  const help = helpOf(spec);
  const aria = useFieldAria(spec.path, !!help);
  let control: ReactNode;
  switch (spec.kind) {
    case 'text':
      control = <Input {...aria} value={typeof value === 'string' ? value : ''} maxLength={spec.maxLength} disabled={disabled} onChange={(event) => set(spec.path, event.target.value)} />;
      break;
    case 'longtext':
      control = (
        <Textarea
          {...aria}
          rows={rows ?? 3}
          value={typeof value === 'string' ? value : ''}
          disabled={disabled}
          onChange={(event) => set(spec.path, event.target.value)}
          className="font-mono text-sm"
        />
      );
      break;
    case 'enum': {
      const current = typeof value === 'string' ? value : '';
      const known = spec.options?.includes(current);
      control = (
        <NativeSelect {...aria} value={current} disabled={disabled} onChange={(event) => set(spec.path, event.target.value || null)}>
          <option value="">ElevenLabs’ default</option>
          {/* A value this dashboard does not know yet (a newer model, say) stays selectable, not silently replaced. */}
          {current && !known ? <option value={current}>{current}</option> : null}
          {spec.options?.map((option) => (
            <option key={option} value={option}>
              {AUDIO_FORMAT_LABEL[option as keyof typeof AUDIO_FORMAT_LABEL] ?? option}
            </option>
          ))}
        </NativeSelect>
      );
      break;
    }
    case 'boolean':
      return (
        <FieldShell path={spec.path} label={spec.label} help={help} inline>
          <Switch {...aria} checked={value === true} disabled={disabled} onCheckedChange={(checked) => set(spec.path, checked)} />
        </FieldShell>
      );
    case 'strings':
      control = <StringsInput aria={aria} value={value} disabled={disabled} onChange={(items) => set(spec.path, items)} />;
      break;
    case 'number':
    case 'integer': {
      const number = typeof value === 'number' ? value : null;
      const numberInput = (
        <Input
          {...aria}
          {...(spec.slider ? { id: `${aria.id}-value`, 'aria-label': `${spec.label} value`, 'data-testid': `field-${spec.path}-value` } : {})}
          type="number"
          inputMode="decimal"
          step={spec.step ?? (spec.kind === 'integer' ? 1 : 'any')}
          value={number ?? ''}
          disabled={disabled}
          onChange={(event) => set(spec.path, asNumber(event.target.value))}
          className={spec.slider ? 'w-24' : 'sm:w-48'}
        />
      );
      control = spec.slider ? (
        <div className="flex items-center gap-3">
          <input
            {...aria}
            type="range"
            min={spec.min}
            max={spec.max}
            step={spec.step}
            value={number ?? spec.min ?? 0}
            disabled={disabled}
            onChange={(event) => set(spec.path, Number(event.target.value))}
            className="h-9 flex-1 accent-primary"
          />
          {numberInput}
        </div>
      ) : (
        numberInput
      );
      break;
    }
  }
  return (
    <FieldShell path={spec.path} label={spec.label} help={help}>
      {control}
      {after}
    </FieldShell>
  );
}

const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** A list of words typed with commas; the text is kept as typed until the list it means changes elsewhere. */
function StringsInput({ aria, value, disabled, onChange }: { aria: ReturnType<typeof useFieldAria>; value: unknown; disabled: boolean; onChange: (items: string[]) => void }) {
  const items = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const joined = items.join(', ');
  const [text, setText] = useState(joined);
  if (splitList(text).join(', ') !== joined) setText(joined);
  return (
    <Input
      {...aria}
      value={text}
      disabled={disabled}
      placeholder="Separate with commas"
      onChange={(event) => {
        setText(event.target.value);
        onChange(splitList(event.target.value));
      }}
    />
  );
}
