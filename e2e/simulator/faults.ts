// Faults and latency on demand (POST /_sim/faults, or SIM_FAULT_* at start), so the dashboard's
// retries, back-off and error states can be exercised without the real API misbehaving.
import type { MiddlewareHandler } from 'hono';
import { detailError } from './errors';
import type { SimulatorState } from './state';

export interface Faults {
  rate429: number;
  rate500: number;
  delayMs: number;
  retryAfterSecs: number | null;
  /** Only paths starting with this prefix are affected. */
  paths: string;
}

export const NO_FAULTS: Faults = { rate429: 0, rate500: 0, delayMs: 0, retryAfterSecs: null, paths: '' };

export function faultsFromEnv(): Faults {
  return {
    ...NO_FAULTS,
    rate429: Number(process.env.SIM_FAULT_429 ?? 0),
    rate500: Number(process.env.SIM_FAULT_500 ?? 0),
    delayMs: Number(process.env.SIM_DELAY_MS ?? 0),
  };
}

/** Counts the request and keeps it in flight until the handler is done, so the concurrency header is honest. */
export function withFaults(state: SimulatorState): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    state.requestCounts.set(path, (state.requestCounts.get(path) ?? 0) + 1);
    state.inFlight += 1;
    try {
      const faults = state.faults;
      if (!faults.paths || path.startsWith(faults.paths)) {
        if (faults.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
        if (faults.rate429 > 0 && Math.random() < faults.rate429) {
          if (faults.retryAfterSecs !== null) c.header('retry-after', String(faults.retryAfterSecs));
          return detailError(c, 429, { type: 'rate_limit_error', code: 'rate_limit_exceeded', status: 'too_many_concurrent_requests', message: 'Too many requests. Please slow down.' });
        }
        if (faults.rate500 > 0 && Math.random() < faults.rate500) {
          return detailError(c, 500, { type: 'internal_error', code: 'internal_error', status: 'internal_error', message: 'An internal error occurred.' });
        }
      }
      await next();
    } finally {
      state.inFlight -= 1;
    }
  };
}
