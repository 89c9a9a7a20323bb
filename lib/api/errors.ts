// The one error contract of /api: `{ error: { code, message, details? } }`, with the status chosen
// by the code in one table so every route answers the same way.

export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  /** The record changed since it was loaded (a save based on an older copy). */
  conflict: 409,
  payload_too_large: 413,
  /** A webhook whose ElevenLabs-Signature is wrong, stale or from the future. */
  signature_invalid: 401,
  /** A webhook arrived but no webhook secret is set, so nothing can be verified. */
  webhook_not_configured: 503,
  validation_failed: 422,
  rate_limited: 429,
  /** No ElevenLabs API key saved yet: the UI links to Settings. */
  config_missing: 412,
  /** The worker's own variables/secrets are missing or wrong (operator problem). */
  server_misconfigured: 500,
  /** ElevenLabs rejected the saved key. */
  invalid_api_key: 502,
  /** The key lacks a permission scope, or the plan lacks a feature. */
  upstream_forbidden: 502,
  quota_exceeded: 502,
  upstream_error: 502,
  upstream_unavailable: 502,
  upstream_timeout: 504,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  field: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Seconds, for rate_limited: sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function validationError(issues: FieldIssue[], message?: string): AppError {
  const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  return new AppError('validation_failed', message ?? `Invalid input — ${summary}`, { fields: issues });
}

export function errorResponse(error: AppError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  const headers = new Headers({ 'content-type': 'application/json', 'cache-control': 'no-store' });
  if (error.retryAfter !== undefined) headers.set('retry-after', String(Math.ceil(error.retryAfter)));
  return new Response(JSON.stringify(body), { status: error.status, headers });
}
