'use client';

import * as React from 'react';
import { cn } from '@/lib/utils';

/*
 * Tabs after the WAI-ARIA tabs pattern, with the API and markup of the Radix Tabs they replace (role,
 * ids, aria-*, data-state, data-orientation; inactive panels unmounted; automatic activation; arrow
 * keys, Home and End with wrap-around) but without Radix's roving-focus, collection and presence code
 * (about 8 kB gzip) in the first load of the pages that use them.
 */

type Orientation = 'horizontal' | 'vertical';

interface TabsContextValue {
  baseId: string;
  value: string;
  onValueChange: (value: string) => void;
  orientation: Orientation;
  dir: 'ltr' | 'rtl';
  activationMode: 'automatic' | 'manual';
}

const TabsContext = React.createContext<TabsContextValue | null>(null);

function useTabsContext(component: string): TabsContextValue {
  const context = React.useContext(TabsContext);
  if (!context) throw new Error(`<${component}> must be used within <Tabs>`);
  return context;
}

const triggerId = (baseId: string, value: string) => `${baseId}-trigger-${value}`;
const contentId = (baseId: string, value: string) => `${baseId}-content-${value}`;

function compose<E extends React.SyntheticEvent>(theirs: ((event: E) => void) | undefined, ours: (event: E) => void) {
  return (event: E) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}

interface TabsProps extends Omit<React.ComponentProps<'div'>, 'defaultValue' | 'dir'> {
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  orientation?: Orientation;
  dir?: 'ltr' | 'rtl';
  /** automatic: a tab is selected when it receives focus; manual: on click, Enter or Space. */
  activationMode?: 'automatic' | 'manual';
}

export function Tabs({
  value: valueProp,
  defaultValue,
  onValueChange,
  orientation = 'horizontal',
  dir = 'ltr',
  activationMode = 'automatic',
  ...props
}: TabsProps) {
  const baseId = React.useId();
  const [uncontrolled, setUncontrolled] = React.useState(defaultValue ?? '');
  const value = valueProp ?? uncontrolled;
  const context = React.useMemo<TabsContextValue>(
    () => ({
      baseId,
      value,
      orientation,
      dir,
      activationMode,
      onValueChange: (next) => {
        if (valueProp === undefined) setUncontrolled(next);
        if (next !== value) onValueChange?.(next);
      },
    }),
    [baseId, value, valueProp, orientation, dir, activationMode, onValueChange],
  );
  return (
    <TabsContext.Provider value={context}>
      <div data-slot="tabs" dir={dir} data-orientation={orientation} {...props} />
    </TabsContext.Provider>
  );
}

// justify-start, not centre: when the list overflows on a phone, centring pushes the first tabs out of reach.
export function TabsList({ className, onKeyDown, loop = true, ...props }: React.ComponentProps<'div'> & { loop?: boolean }) {
  const { orientation, dir } = useTabsContext('TabsList');
  const move = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not(:disabled)')];
    const current = tabs.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const [previousKey, nextKey] =
      orientation === 'vertical' ? ['ArrowUp', 'ArrowDown'] : dir === 'rtl' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    let target: number;
    if (event.key === nextKey) target = loop ? (current + 1) % tabs.length : Math.min(current + 1, tabs.length - 1);
    else if (event.key === previousKey) target = loop ? (current - 1 + tabs.length) % tabs.length : Math.max(current - 1, 0);
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = tabs.length - 1;
    else return;
    if (event.metaKey || event.ctrlKey || event.altKey || event.shiftKey) return;
    event.preventDefault();
    tabs[target]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-orientation={orientation}
      data-orientation={orientation}
      data-slot="tabs-list"
      className={cn('inline-flex h-9 max-w-full items-center justify-start overflow-x-auto rounded-lg bg-muted p-1 text-muted-foreground', className)}
      onKeyDown={compose(onKeyDown, move)}
      {...props}
    />
  );
}

export function TabsTrigger({
  value,
  disabled,
  className,
  onMouseDown,
  onKeyDown,
  onFocus,
  ...props
}: Omit<React.ComponentProps<'button'>, 'value'> & { value: string }) {
  const context = useTabsContext('TabsTrigger');
  const selected = context.value === value;
  return (
    <button
      type="button"
      role="tab"
      id={triggerId(context.baseId, value)}
      aria-selected={selected}
      aria-controls={contentId(context.baseId, value)}
      data-state={selected ? 'active' : 'inactive'}
      data-disabled={disabled ? '' : undefined}
      data-orientation={context.orientation}
      disabled={disabled}
      // Roving tab stop: Tab enters the list on the selected tab; the arrow keys move between tabs.
      tabIndex={selected ? 0 : -1}
      data-slot="tabs-trigger"
      className={cn(
        'inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md px-3 py-1 text-sm font-medium transition-all focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:pointer-events-none disabled:opacity-50 data-[state=active]:bg-background data-[state=active]:text-foreground data-[state=active]:shadow-sm [&_svg]:size-4 [&_svg]:shrink-0',
        className,
      )}
      onMouseDown={compose(onMouseDown, (event) => {
        // Select on press (not release), as Radix does; a ctrl-click only keeps focus away.
        if (!disabled && event.button === 0 && !event.ctrlKey) context.onValueChange(value);
        else event.preventDefault();
      })}
      onKeyDown={compose(onKeyDown, (event) => {
        if (event.key === ' ' || event.key === 'Enter') context.onValueChange(value);
      })}
      onFocus={compose(onFocus, () => {
        if (!selected && !disabled && context.activationMode === 'automatic') context.onValueChange(value);
      })}
      {...props}
    />
  );
}

export function TabsContent({ value, forceMount, className, ...props }: React.ComponentProps<'div'> & { value: string; forceMount?: boolean }) {
  const context = useTabsContext('TabsContent');
  const selected = context.value === value;
  if (!selected && !forceMount) return null;
  return (
    <div
      role="tabpanel"
      id={contentId(context.baseId, value)}
      aria-labelledby={triggerId(context.baseId, value)}
      data-state={selected ? 'active' : 'inactive'}
      data-orientation={context.orientation}
      hidden={!selected}
      tabIndex={0}
      data-slot="tabs-content"
      className={cn('rounded-md focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring', className)}
      {...props}
    />
  );
}
