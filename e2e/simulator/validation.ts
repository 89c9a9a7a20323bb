// Query parameters checked one by one, answering 422 items as FastAPI/pydantic word them (bodies: body.ts).
import type { Context } from 'hono';
import type { ValidationItem } from './errors';

export const E164 = /^\+[1-9]\d{6,14}$/;

export type QueryCheck = { items: ValidationItem[] };

export function intParam(c: Context, name: string, check: QueryCheck, bounds: { min?: number; max?: number } = {}): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) {
    check.items.push({ loc: ['query', name], msg: 'Input should be a valid integer, unable to parse string as an integer', type: 'int_parsing', input: raw });
    return undefined;
  }
  if (bounds.min !== undefined && value < bounds.min) {
    check.items.push({ loc: ['query', name], msg: `Input should be greater than or equal to ${bounds.min}`, type: 'greater_than_equal', input: raw });
  }
  if (bounds.max !== undefined && value > bounds.max) {
    check.items.push({ loc: ['query', name], msg: `Input should be less than or equal to ${bounds.max}`, type: 'less_than_equal', input: raw });
  }
  return value;
}

export function enumParam<T extends string>(c: Context, name: string, values: readonly T[], check: QueryCheck): T | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!values.includes(raw as T)) {
    check.items.push({ loc: ['query', name], msg: `Input should be ${values.map((v) => `'${v}'`).join(', ')}`, type: 'enum', input: raw });
    return undefined;
  }
  return raw as T;
}
