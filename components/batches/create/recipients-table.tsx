'use client';

import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { AlertTriangle, CheckCircle2, Trash2, XCircle } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { cellText, type Cell, type RecipientTable } from '@/lib/batches/upload/columns';
import type { PreflightResult, RowResult } from '@/lib/batches/upload/preflight';
import { cn } from '@/lib/utils';

const ROW_HEIGHT = 44;
const CELL_WIDTH = 160;
const PROBLEM_WIDTH = 320;

export type RowFilter = 'all' | 'errors' | 'warnings';

interface Props {
  table: RecipientTable;
  result: PreflightResult | null;
  filter: RowFilter;
  onEdit: (row: number, column: number, value: Cell) => void;
  onDrop: (rows: number[]) => void;
}

function rowState(row: RowResult | undefined): 'error' | 'warning' | 'ok' | 'unknown' {
  if (!row) return 'unknown';
  if (row.issues.some((issue) => issue.severity === 'error')) return 'error';
  return row.issues.length ? 'warning' : 'ok';
}

/** Every recipient, rendered only where visible (10,000 rows stay fast); a cell is edited in place. */
export function RecipientsTable({ table, result, filter, onEdit, onDrop }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ row: number; column: number } | null>(null);
  const visible = useMemo(() => {
    const all = table.rows.map((_, index) => index);
    if (filter === 'all' || !result) return all;
    return all.filter((index) => rowState(result.rows[index]) === (filter === 'errors' ? 'error' : 'warning'));
  }, [table, result, filter]);
  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const width = 56 + 40 + table.columns.length * CELL_WIDTH + PROBLEM_WIDTH + 56;
  const template = `56px 40px repeat(${table.columns.length}, ${CELL_WIDTH}px) ${PROBLEM_WIDTH}px 56px`;

  return (
    <div
      ref={scroller}
      className="h-[28rem] overflow-auto rounded-md border"
      role="table"
      aria-label="Recipients"
      aria-rowcount={visible.length + 1}
      data-testid="recipients-table"
    >
      <div style={{ width, minWidth: '100%' }}>
        <div role="row" className="sticky top-0 z-10 grid border-b bg-muted text-xs font-medium text-muted-foreground" style={{ gridTemplateColumns: template }}>
          <div role="columnheader" className="px-2 py-2">Line</div>
          <div role="columnheader" className="px-2 py-2"><span className="sr-only">Check</span></div>
          {table.columns.map((column) => (
            <div role="columnheader" key={column} className="truncate px-2 py-2 font-mono" title={column}>{column}</div>
          ))}
          <div role="columnheader" className="px-2 py-2">Problems</div>
          <div role="columnheader" className="px-2 py-2"><span className="sr-only">Drop</span></div>
        </div>
        {visible.length === 0 ? (
          <p className="p-6 text-center text-sm text-muted-foreground">No rows here.</p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const index = visible[item.index]!;
              const row = table.rows[index]!;
              const check = result?.rows[index];
              const status = rowState(check);
              const faulty = new Set(check?.issues.filter((issue) => issue.column).map((issue) => issue.column));
              return (
                <div
                  role="row"
                  key={table.lines[index]}
                  data-testid="recipient-row"
                  data-line={table.lines[index]}
                  data-status={status}
                  className="absolute left-0 grid w-full items-center border-b text-sm"
                  style={{ top: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)`, gridTemplateColumns: template }}
                >
                  <div role="cell" className="px-2 tabular-nums text-muted-foreground">{table.lines[index]}</div>
                  <div role="cell" className="px-2">
                    {status === 'error' ? <XCircle className="size-4 text-destructive" aria-label="Has errors" /> : null}
                    {status === 'warning' ? <AlertTriangle className="size-4 text-amber-600 dark:text-amber-400" aria-label="Has warnings" /> : null}
                    {status === 'ok' ? <CheckCircle2 className="size-4 text-emerald-600 dark:text-emerald-400" aria-label="Ready" /> : null}
                  </div>
                  {table.columns.map((column, c) =>
                    editing?.row === index && editing.column === c ? (
                      <div role="cell" key={column} className="px-1">
                        <input
                          autoFocus
                          aria-label={`${column}, line ${table.lines[index]}`}
                          defaultValue={cellText(row[c] ?? null)}
                          className="h-8 w-full rounded border border-input bg-background px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                          onKeyDown={(event) => {
                            if (event.key === 'Enter') event.currentTarget.blur();
                            if (event.key === 'Escape') setEditing(null);
                          }}
                          onBlur={(event) => {
                            const text = event.currentTarget.value;
                            if (text !== cellText(row[c] ?? null)) onEdit(index, c, text.trim() === '' ? null : text);
                            setEditing(null);
                          }}
                        />
                      </div>
                    ) : (
                      <div role="cell" key={column} className="min-w-0 px-1">
                        <button
                          type="button"
                          className={cn(
                            'h-8 w-full truncate rounded px-1 text-left hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                            faulty.has(column) && status === 'error' && 'text-destructive underline decoration-dotted',
                          )}
                          title={`Edit ${column}`}
                          aria-label={`Edit ${column} on line ${table.lines[index]}: ${cellText(row[c] ?? null) || 'empty'}`}
                          onClick={() => setEditing({ row: index, column: c })}
                        >
                          {cellText(row[c] ?? null) || <span className="text-muted-foreground">—</span>}
                        </button>
                      </div>
                    ),
                  )}
                  <div role="cell" className="min-w-0 px-2 text-xs" title={check?.issues.map((issue) => issue.message).join('\n')}>
                    <span className={cn('line-clamp-2', status === 'error' ? 'text-destructive' : 'text-muted-foreground')} data-testid="row-problems">
                      {check ? check.issues.map((issue) => issue.message).join(' ') || (check.e164 ? `→ ${check.e164}` : '') : 'Checking…'}
                    </span>
                  </div>
                  <div role="cell" className="px-1">
                    <Button type="button" variant="ghost" size="icon" aria-label={`Drop line ${table.lines[index]}`} onClick={() => onDrop([index])}>
                      <Trash2 className="size-4" aria-hidden />
                    </Button>
                  </div>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
