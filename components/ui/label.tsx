'use client';

import * as React from 'react';
import { cn } from '@/lib/utils';

/** A native <label> with Radix Label's one behaviour (a double click does not select its text), without Radix's code. */
export function Label({ className, onMouseDown, ...props }: React.ComponentProps<'label'>) {
  return (
    <label
      data-slot="label"
      className={cn('text-sm font-medium leading-none peer-disabled:cursor-not-allowed peer-disabled:opacity-70', className)}
      onMouseDown={(event) => {
        // Clicks on a control nested inside the label are the control's own.
        if ((event.target as HTMLElement).closest('button, input, select, textarea')) return;
        onMouseDown?.(event);
        if (!event.defaultPrevented && event.detail > 1) event.preventDefault();
      }}
      {...props}
    />
  );
}
