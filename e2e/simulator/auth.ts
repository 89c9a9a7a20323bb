// The xi-api-key check, with the two 401 bodies the real API is observed to send, and the headers
// every authenticated answer carries.
import type { MiddlewareHandler } from 'hono';
import { detailError, requestId } from './errors';
import type { SimulatorState } from './state';

const MAX_CONCURRENCY = 20;

export function withApiKey(state: SimulatorState): MiddlewareHandler {
  return async (c, next) => {
    const key = c.req.header('xi-api-key');
    if (!key) {
      return detailError(c, 401, { type: 'authentication_error', code: 'unauthorized', status: 'needs_authorization', message: 'Neither authorization header nor xi-api-key received, please provide one.' });
    }
    if (key !== state.apiKey) {
      return detailError(c, 401, { type: 'authentication_error', code: 'unauthorized', status: 'invalid_api_key', message: 'Invalid API key' });
    }
    c.header('current-concurrent-requests', String(state.inFlight));
    c.header('maximum-concurrent-requests', String(MAX_CONCURRENCY));
    c.header('x-request-id', requestId());
    await next();
  };
}
