// Error bodies in the real API's shapes: FastAPI's 422 list, and `{detail: {type, code, status, message,
// request_id}}` for everything else (https://elevenlabs.io/docs/api-reference).
import type { Context } from 'hono';

let requestCounter = 0;
export function requestId(): string {
  requestCounter += 1;
  return `sim${Date.now().toString(16)}${requestCounter.toString(16).padStart(6, '0')}`;
}

/** One pydantic v2 error; `input` is the offending value (for `missing`, the object it is missing from). */
export interface ValidationItem {
  type: string;
  loc: (string | number)[];
  msg: string;
  input?: unknown;
}

export function validationError(c: Context, items: ValidationItem[]) {
  return c.json({ detail: items }, 422);
}

export function detailError(c: Context, status: 401 | 404 | 429 | 500 | 400 | 409, detail: { type: string; code: string; status: string; message: string }) {
  return c.json({ detail: { ...detail, request_id: requestId() } }, status);
}

export const notFound = (c: Context, what: 'conversation' | 'agent' | 'batch_call' | 'phone_number') =>
  detailError(c, 404, {
    type: 'not_found',
    code: `${what}_not_found`,
    status: what === 'conversation' ? 'conversation_history_not_found' : `${what}_not_found`,
    message: `${what.replace('_', ' ')} not found`,
  });
