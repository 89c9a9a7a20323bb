'use client';

import { Copy } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { notify } from '@/lib/ui/notify';

export function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      notify((toast) => toast.success(`${label} copied`));
    } catch {
      notify((toast) => toast.error('Copying is blocked by the browser; select the text instead.'));
    }
  }
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium">{label}</p>
      <div className="flex items-center gap-2">
        {/* Wrapped, not cut: on a phone the URL is read (and checked) whole. */}
        <code className="min-w-0 flex-1 break-all rounded-md border bg-muted px-3 py-2 font-mono text-sm" data-testid={testId}>
          {value}
        </code>
        <Button type="button" variant="outline" size="icon" onClick={copy} aria-label={`Copy ${label}`}>
          <Copy className="size-4" aria-hidden />
        </Button>
      </div>
    </div>
  );
}
