'use client';

import * as React from 'react';
import { cn } from '@/lib/utils';

/*
 * Tabs after the WAI-ARIA tabs pattern, with the API and markup of the Radix Tabs they replace (role,
 * ids, aria-*, data-state; inactive panels unmounted; a tab is selected when it gets focus; arrow keys,
 * Home and End with wrap-around) but without Radix's roving-focus, collection and presence code
 * (about 8 kB gzip) in the first load of the pages that use them. Horizontal, left-to-right and
 * uncontrolled only: that is all this dashboard uses.
 */

interface TabsContextValue {
  baseId: string;
  value: string;
  select: (value: string) => void;
}

const TabsContext = React.createContext<TabsContextValue>({ baseId: '', value: '', select: () => undefined });

const tabId = (baseId: string, value: string) => `${baseId}-trigger-${value}`;
const panelId = (baseId: string, value: string) => `${baseId}-content-${value}`;

/**
 * `id`, when given, is the base of the tabs' and panels' ids instead of useId(). Give one to tabs
 * inside a lazily loaded, server-rendered part: React can hydrate such a part with a useId other than
 * the server's, and as it keeps server attributes, the server's tabs would then name panels rendered
 * later under the new id (seen on the conversation page: 1 load in 12 on the phone project).
 */
export function Tabs({ defaultValue, ...props }: React.ComponentProps<'div'> & { defaultValue: string }) {
  const generatedId = React.useId();
  const baseId = props.id ?? generatedId;
  const [value, select] = React.useState(defaultValue);
  const context = React.useMemo(() => ({ baseId, value, select }), [baseId, value]);
  return (
    <TabsContext.Provider value={context}>
      <div data-slot="tabs" data-orientation="horizontal" {...props} />
    </TabsContext.Provider>
  );
}

const KEY_STEP: Record<string, (current: number, count: number) => number> = {
  ArrowRight: (current, count) => (current + 1) % count,
  ArrowLeft: (current, count) => (current - 1 + count) % count,
  Home: () => 0,
  End: (_current, count) => count - 1,
};

function moveFocus(event: React.KeyboardEvent<HTMLDivElement>) {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not(:disabled)')];
  const current = tabs.indexOf(event.target as HTMLButtonElement);
  const step = KEY_STEP[event.key];
  if (current < 0 || !step || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey) return;
  event.preventDefault();
  tabs[step(current, tabs.length)]?.focus();
}

// justify-start, not centre: when the list overflows on a phone, centring pushes the first tabs out of reach.
export function TabsList({ className, ...props }: React.ComponentProps<'div'>) {
  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      data-orientation="horizontal"
      data-slot="tabs-list"
      className={cn('inline-flex h-9 max-w-full items-center justify-start overflow-x-auto rounded-lg bg-muted p-1 text-muted-foreground', className)}
      {...props}
      onKeyDown={moveFocus}
    />
  );
}

export function TabsTrigger({ value, disabled, className, ...props }: Omit<React.ComponentProps<'button'>, 'value'> & { value: string }) {
  const { baseId, value: selectedValue, select } = React.useContext(TabsContext);
  const selected = selectedValue === value;
  return (
    <button
      type="button"
      role="tab"
      id={tabId(baseId, value)}
      aria-selected={selected}
      aria-controls={panelId(baseId, value)}
      data-state={selected ? 'active' : 'inactive'}
      data-orientation="horizontal"
      disabled={disabled}
      // Roving tab stop: Tab enters the list on the selected tab; the arrow keys move between tabs.
      tabIndex={selected ? 0 : -1}
      data-slot="tabs-trigger"
      className={cn(
        'inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md px-3 py-1 text-sm font-medium transition-all focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:pointer-events-none disabled:opacity-50 data-[state=active]:bg-background data-[state=active]:text-foreground data-[state=active]:shadow-sm [&_svg]:size-4 [&_svg]:shrink-0',
        className,
      )}
      {...props}
      // Focus selects (automatic activation); click covers browsers that do not focus a clicked button.
      onFocus={() => select(value)}
      onClick={() => select(value)}
    />
  );
}

export function TabsContent({ value, className, ...props }: React.ComponentProps<'div'> & { value: string }) {
  const { baseId, value: selectedValue } = React.useContext(TabsContext);
  if (selectedValue !== value) return null;
  return (
    <div
      role="tabpanel"
      id={panelId(baseId, value)}
      aria-labelledby={tabId(baseId, value)}
      data-state="active"
      data-orientation="horizontal"
      tabIndex={0}
      data-slot="tabs-content"
      className={cn('rounded-md focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring', className)}
      {...props}
    />
  );
}
