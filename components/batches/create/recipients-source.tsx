'use client';

import { useId, useRef, useState } from 'react';
import { ClipboardPaste, FileDown, Upload } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { MAX_RECIPIENTS, MAX_UPLOAD_BYTES } from '@/lib/batches/upload/columns';

interface Props {
  busy: boolean;
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
  /** null until an agent is chosen (the template is built from its placeholders and overrides). */
  onTemplate: (() => void) | null;
}

/** A file (chosen or dropped) or rows pasted from a spreadsheet. */
export function RecipientsSource({ busy, onFile, onPaste, onTemplate }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const pasteId = useId();
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);
  return (
    <div className="space-y-3">
      <div
        className={`flex flex-col items-center gap-2 rounded-md border-2 border-dashed p-6 text-center text-sm ${over ? 'border-primary bg-accent' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const file = event.dataTransfer.files[0];
          if (file) onFile(file);
        }}
      >
        <Upload className="size-5 text-muted-foreground" aria-hidden />
        <p>
          Drop a CSV or XLSX file here, or{' '}
          <button type="button" className="font-medium text-primary underline-offset-4 hover:underline" onClick={() => input.current?.click()} disabled={busy}>
            choose one
          </button>
          .
        </p>
        <p className="text-xs text-muted-foreground">
          A <code className="font-mono">phone_number</code> column is required; <code className="font-mono">language</code>,{' '}
          <code className="font-mono">first_message</code>, <code className="font-mono">system_prompt</code> and <code className="font-mono">voice_id</code> are
          overrides; every other column is a dynamic variable. Up to {MAX_RECIPIENTS.toLocaleString('en-US')} rows, {MAX_UPLOAD_BYTES / 1024 / 1024} MB.
        </p>
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="sr-only"
          data-testid="recipients-file"
          aria-label="Recipients file"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" size="sm" onClick={() => setPasting((p) => !p)} aria-expanded={pasting}>
          <ClipboardPaste className="size-4" aria-hidden /> Paste rows
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={onTemplate ?? undefined} disabled={!onTemplate} title={onTemplate ? undefined : 'Choose an agent first'}>
          <FileDown className="size-4" aria-hidden /> Download template
        </Button>
      </div>
      {pasting ? (
        <div className="space-y-2">
          <Label htmlFor={pasteId}>Rows, with a header row (copied from a spreadsheet, or comma-separated)</Label>
          <Textarea id={pasteId} rows={6} value={text} onChange={(event) => setText(event.target.value)} className="font-mono text-xs" placeholder={'phone_number,customer_name\n+14155550123,Ada'} />
          <Button type="button" size="sm" disabled={busy || !text.trim()} onClick={() => onPaste(text)}>
            Read rows
          </Button>
        </div>
      ) : null}
    </div>
  );
}
