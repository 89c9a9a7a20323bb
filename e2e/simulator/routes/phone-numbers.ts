// Phone numbers: the v1 list (a bare array) and the cursor-paged v2 list.
import { Hono } from 'hono';
import { validationError } from '../errors';
import { decodeCursor, pageOf } from '../paging';
import type { SimulatorState } from '../state';
import { intParam, type QueryCheck } from '../validation';
import { phoneNumberView } from '../views';

export function phoneNumberRoutes(state: SimulatorState): Hono {
  const app = new Hono();
  app.get('/v1/convai/phone-numbers', (c) => c.json(state.data.phoneNumbers.map(phoneNumberView)));
  app.get('/v1/convai/v2/phone-numbers', (c) => {
    const check: QueryCheck = { items: [] };
    const pageSize = intParam(c, 'page_size', check, { min: 1, max: 100 }) ?? 30;
    const offset = decodeCursor(c.req.query('cursor'));
    if (offset === null) check.items.push({ loc: ['query', 'cursor'], msg: 'Invalid cursor', type: 'value_error', input: c.req.query('cursor') });
    if (check.items.length) return validationError(c, check.items);
    const provider = c.req.query('provider');
    const items = state.data.phoneNumbers.filter((p) => !provider || p.provider === provider);
    const { page, hasMore, next } = pageOf(items, offset ?? 0, pageSize);
    return c.json({ phone_numbers: page.map(phoneNumberView), next_cursor: next, has_more: hasMore });
  });
  return app;
}
