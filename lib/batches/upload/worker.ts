// The parsing worker: reading a 10,000-row file and checking every row takes long enough to freeze a
// page, so it runs here, off the main thread (the page posts a file or a table, and gets a table or a
// pre-flight result back).
import { parseCsvText, parseFile } from './parse';
import { preflight } from './preflight';
import type { WorkerRequest, WorkerResponse } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const request = event.data;
  try {
    if (request.type === 'parse-file') scope.postMessage({ id: request.id, ok: true, table: await parseFile(request.file) });
    else if (request.type === 'parse-text') scope.postMessage({ id: request.id, ok: true, table: parseCsvText(request.text) });
    else scope.postMessage({ id: request.id, ok: true, result: preflight(request.table, request.context) });
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : 'The file could not be read.' });
  }
};
