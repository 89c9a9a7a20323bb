// Request validation answering 422 as FastAPI/pydantic do: query parameters one by one, JSON bodies.
import type { Context } from 'hono';
import { validationError, type ValidationItem } from './errors';

export const E164 = /^\+[1-9]\d{6,14}$/;

export type QueryCheck = { items: ValidationItem[] };

export function intParam(c: Context, name: string, check: QueryCheck, bounds: { min?: number; max?: number } = {}): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) {
    check.items.push({ loc: ['query', name], msg: 'Input should be a valid integer, unable to parse string as an integer', type: 'int_parsing' });
    return undefined;
  }
  if (bounds.min !== undefined && value < bounds.min) {
    check.items.push({ loc: ['query', name], msg: `Input should be greater than or equal to ${bounds.min}`, type: 'greater_than_equal' });
  }
  if (bounds.max !== undefined && value > bounds.max) {
    check.items.push({ loc: ['query', name], msg: `Input should be less than or equal to ${bounds.max}`, type: 'less_than_equal' });
  }
  return value;
}

export function enumParam<T extends string>(c: Context, name: string, values: readonly T[], check: QueryCheck): T | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!values.includes(raw as T)) {
    check.items.push({ loc: ['query', name], msg: `Input should be ${values.map((v) => `'${v}'`).join(', ')}`, type: 'enum' });
    return undefined;
  }
  return raw as T;
}

export async function readJson(c: Context): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  try {
    const body = (await c.req.json()) as unknown;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return { ok: false, response: validationError(c, [{ loc: ['body'], msg: 'Input should be a valid dictionary', type: 'dict_type' }]) };
    }
    return { ok: true, body: body as Record<string, unknown> };
  } catch {
    return { ok: false, response: validationError(c, [{ loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' }]) };
  }
}

export function requireString(body: Record<string, unknown>, field: string, items: ValidationItem[]): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) items.push({ loc: ['body', field], msg: 'Field required', type: 'missing' });
  else if (typeof value !== 'string') items.push({ loc: ['body', field], msg: 'Input should be a valid string', type: 'string_type' });
  else return value;
  return undefined;
}
