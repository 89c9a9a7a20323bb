'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecipientTable } from '@/lib/batches/upload/columns';
import type { PreflightWorker } from '@/lib/batches/upload/client';
import type { PreflightContext, PreflightResult } from '@/lib/batches/upload/preflight';

export interface RecipientsState {
  table: RecipientTable | null;
  fileName: string | null;
  /** The result for `table` as it is now; null while a check runs. */
  result: PreflightResult | null;
  reading: boolean;
  checking: boolean;
  error: string | null;
}

/**
 * The recipients and their pre-flight, both worked out in a Web Worker (started on first use) so a
 * 10,000-row file never blocks the page. Every edit bumps a version; only the newest check is kept.
 */
export function useRecipients(context: PreflightContext | null) {
  const worker = useRef<PreflightWorker | null>(null);
  const version = useRef(0);
  const check = useRef(0);
  const [state, setState] = useState<RecipientsState>({ table: null, fileName: null, result: null, reading: false, checking: false, error: null });

  const getWorker = useCallback(async () => {
    if (!worker.current) {
      const { startPreflightWorker } = await import('@/lib/batches/upload/client');
      worker.current ??= startPreflightWorker();
    }
    return worker.current;
  }, []);

  useEffect(() => () => worker.current?.terminate(), []);

  const load = useCallback(
    async (source: { file: File } | { text: string; name: string }) => {
      const mine = ++version.current;
      setState((s) => ({ ...s, reading: true, error: null }));
      try {
        const w = await getWorker();
        const table = 'file' in source ? await w.parseFile(source.file) : await w.parseText(source.text);
        if (mine !== version.current) return;
        setState({ table, fileName: 'file' in source ? source.file.name : source.name, result: null, reading: false, checking: true, error: null });
      } catch (error) {
        if (mine !== version.current) return;
        setState({ table: null, fileName: null, result: null, reading: false, checking: false, error: error instanceof Error ? error.message : 'The file could not be read.' });
      }
    },
    [getWorker],
  );

  const update = useCallback((change: (table: RecipientTable) => RecipientTable) => {
    version.current++;
    setState((s) => (s.table ? { ...s, table: change(s.table), result: null, checking: true } : s));
  }, []);

  const clear = useCallback(() => {
    version.current++;
    setState({ table: null, fileName: null, result: null, reading: false, checking: false, error: null });
  }, []);

  // Check again whenever the table or what the check depends on changes.
  const { table } = state;
  const contextKey = JSON.stringify(context);
  useEffect(() => {
    if (!table || !context) return;
    const mine = ++check.current;
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(async () => {
      try {
        const result = await (await getWorker()).preflight(table, context);
        if (mine === check.current) setState((s) => (s.table === table ? { ...s, result, checking: false } : s));
      } catch (error) {
        if (mine === check.current) setState((s) => ({ ...s, checking: false, error: error instanceof Error ? error.message : 'The check failed.' }));
      }
    }, 150);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- contextKey stands for context
  }, [table, contextKey, getWorker]);

  return { ...state, load, update, clear };
}
