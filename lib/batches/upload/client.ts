// The page's side of the parsing worker: one worker per create page, a promise per request.
import type { RecipientTable } from './columns';
import type { PreflightContext, PreflightResult } from './preflight';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Payload = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface PreflightWorker {
  parseFile(file: File): Promise<RecipientTable>;
  parseText(text: string): Promise<RecipientTable>;
  preflight(table: RecipientTable, context: PreflightContext): Promise<PreflightResult>;
  terminate(): void;
}

export function startPreflightWorker(): PreflightWorker {
  const worker = new Worker(new URL('./worker.ts', import.meta.url));
  const pending = new Map<number, { resolve: (value: WorkerResponse & { ok: true }) => void; reject: (error: Error) => void }>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const handler = pending.get(event.data.id);
    if (!handler) return;
    pending.delete(event.data.id);
    if (event.data.ok) handler.resolve(event.data);
    else handler.reject(new Error(event.data.message));
  };
  worker.onerror = (event) => {
    for (const handler of pending.values()) handler.reject(new Error(event.message || 'The file reader stopped.'));
    pending.clear();
  };
  const send = (payload: Payload) =>
    new Promise<WorkerResponse & { ok: true }>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...payload, id } as WorkerRequest);
    });
  return {
    parseFile: async (file) => (await send({ type: 'parse-file', file })).table!,
    parseText: async (text) => (await send({ type: 'parse-text', text })).table!,
    preflight: async (table, context) => (await send({ type: 'preflight', table, context })).result!,
    terminate: () => worker.terminate(),
  };
}
