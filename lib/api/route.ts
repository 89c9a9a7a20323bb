// The one wrapper for /api route handlers: checks the session and the permission the route names
// itself (middleware is not a security boundary), parses params, query and body with zod, and turns
// every failure into the one error shape. Handlers return data (sent as JSON) or a Response.
import type { z } from 'zod';
import { getAdminSession, type AdminSession } from '@/lib/auth/session';
import { hasPermission, type Permission } from '@/lib/auth/permissions';
import { ConfigError } from '@/lib/config';
import { AppError, errorResponse, validationError, type FieldIssue } from './errors';
import { searchParamsToObject } from './search-params';

const MAX_JSON_BODY_BYTES = 1024 * 1024;

type RouteContext = { params: Promise<Record<string, string | string[]>> };

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  /** What the caller must be allowed to do; the route inventory test holds each route to its own. */
  permission: Permission;
  params?: P;
  query?: Q;
  body?: B;
  /** A larger body cap than the default 1 MB, for a route that takes a large upload (a batch's recipients). */
  maxBodyBytes?: number;
}

export interface HandlerInput<P, Q, B> {
  request: Request;
  admin: AdminSession;
  params: P;
  query: Q;
  body: B;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), message: 'is not a known field' }));
    }
    return [{ field: issue.path.join('.') || 'input', message: issue.message }];
  });
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(issuesFromZod(result.error));
  return result.data;
}

async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const tooLarge = `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > limit) throw new AppError('payload_too_large', tooLarge);
  const text = await request.text();
  if (text.length > limit) throw new AppError('payload_too_large', tooLarge);
  if (!text.trim()) throw new AppError('bad_request', 'The request body is empty; JSON was expected.');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) return errorResponse(error);
  if (error instanceof ConfigError) {
    console.error(error.message);
    return errorResponse(new AppError('server_misconfigured', error.message, { variables: error.issues }));
  }
  // Only the name and message: request data (which may hold secrets) is never logged.
  console.error('Unhandled error in route', error instanceof Error ? `${error.name}: ${error.message}` : typeof error);
  return errorResponse(new AppError('internal_error', 'Something went wrong on our side. Try again.'));
}

/**
 * Duck-typed as well as instanceof: under Node tests, Miniflare brings its own fetch classes, so a
 * Response built by a handler can come from another realm than the one this module sees.
 */
function isResponse(value: unknown): value is Response {
  return (
    value instanceof Response ||
    (typeof value === 'object' && value !== null && value.constructor?.name === 'Response' && 'headers' in value && 'status' in value)
  );
}

function toResponse(result: unknown): Response {
  if (isResponse(result)) return result;
  if (result === undefined) return new Response(null, { status: 204 });
  return Response.json(result, { headers: { 'cache-control': 'no-store' } });
}

export function withRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B>,
  handler: (input: HandlerInput<Infer<P>, Infer<Q>, Infer<B>>) => Promise<unknown>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      const admin = await getAdminSession();
      if (!admin) throw new AppError('unauthenticated', 'Sign in to continue.');
      if (!hasPermission(admin.role, spec.permission)) throw new AppError('forbidden', 'Your account may not do this.');
      const params = spec.params ? parseWith(spec.params, await context.params) : undefined;
      const query = spec.query ? parseWith(spec.query, searchParamsToObject(new URL(request.url).searchParams)) : undefined;
      const body = spec.body ? parseWith(spec.body, await readJsonBody(request, spec.maxBodyBytes)) : undefined;
      return toResponse(
        await handler({ request, admin, params: params as Infer<P>, query: query as Infer<Q>, body: body as Infer<B> }),
      );
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
