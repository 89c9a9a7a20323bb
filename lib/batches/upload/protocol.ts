// Messages between the create page and its parsing worker.
import type { RecipientTable } from './columns';
import type { PreflightContext, PreflightResult } from './preflight';

export type WorkerRequest =
  | { id: number; type: 'parse-file'; file: File }
  | { id: number; type: 'parse-text'; text: string }
  | { id: number; type: 'preflight'; table: RecipientTable; context: PreflightContext };

export type WorkerResponse =
  | { id: number; ok: true; table?: RecipientTable; result?: PreflightResult }
  | { id: number; ok: false; message: string };
