// Maps ElevenLabs failures to the one error contract. Upstream bodies come in two generations:
// `{detail: {type, code, status, message}}` (current), `{detail: {status, message}}` (legacy) and the
// FastAPI 422 `{detail: [{loc, msg, type}]}`; match on every field that can carry the meaning.
import { AppError, type FieldIssue } from '@/lib/api/errors';

interface UpstreamDetail {
  type?: string;
  code?: string;
  status?: string;
  message?: string;
}

function readDetail(body: unknown): UpstreamDetail | null {
  if (!body || typeof body !== 'object' || !('detail' in body)) return null;
  const detail = (body as { detail: unknown }).detail;
  if (typeof detail === 'string') return { message: detail };
  if (detail && typeof detail === 'object' && !Array.isArray(detail)) return detail as UpstreamDetail;
  return null;
}

/** `loc: ["body", "recipients", 0, "phone_number"]` -> `recipients.0.phone_number`. */
export function validationIssuesFrom(body: unknown): FieldIssue[] {
  const detail = body && typeof body === 'object' ? (body as { detail?: unknown }).detail : undefined;
  if (!Array.isArray(detail)) return [];
  return detail.map((item: { loc?: unknown[]; msg?: string }) => {
    const loc = Array.isArray(item.loc) ? item.loc : [];
    const path = loc[0] === 'body' || loc[0] === 'query' || loc[0] === 'path' ? loc.slice(1) : loc;
    return { field: path.join('.') || 'request', message: item.msg ?? 'is invalid' };
  });
}

export function parseRetryAfter(value: string | null, nowMs = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - nowMs) / 1000);
}

export function upstreamError(status: number, body: unknown, headers: Headers, what = 'ElevenLabs'): AppError {
  const detail = readDetail(body);
  const words = [detail?.type, detail?.code, detail?.status].filter(Boolean).join(' ');
  const upstreamMessage = detail?.message;

  if (status === 401 && /quota/.test(words)) {
    return new AppError('quota_exceeded', 'Your ElevenLabs quota is used up for this billing period.');
  }
  if (status === 401 && /permission|missing_permissions/i.test(upstreamMessage ?? '')) {
    return new AppError('upstream_forbidden', `The ElevenLabs API key lacks a permission: ${upstreamMessage}`);
  }
  if (status === 401) {
    return new AppError('invalid_api_key', 'ElevenLabs rejected the saved API key. Replace it in Settings.');
  }
  if (status === 402) return new AppError('quota_exceeded', 'Your ElevenLabs plan has run out of credits.');
  if (status === 403) {
    return new AppError('upstream_forbidden', upstreamMessage ?? 'The ElevenLabs API key is not allowed to do this.');
  }
  if (status === 404) return new AppError('not_found', `${what} not found.`);
  if (status === 422 || status === 400) {
    const fields = validationIssuesFrom(body);
    return new AppError(
      'validation_failed',
      fields.length ? `ElevenLabs refused the request — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}` : (upstreamMessage ?? 'ElevenLabs refused the request.'),
      { fields },
    );
  }
  if (status === 429) {
    const concurrency = /concurren/.test(words);
    return new AppError(
      'rate_limited',
      concurrency
        ? 'ElevenLabs is at your plan’s concurrency limit. Try again in a moment.'
        : 'ElevenLabs is rate limiting requests. Try again in a moment.',
      undefined,
      parseRetryAfter(headers.get('retry-after')) ?? 5,
    );
  }
  if (status >= 500) return new AppError('upstream_unavailable', 'ElevenLabs is not responding properly right now. Try again shortly.');
  return new AppError('upstream_error', `ElevenLabs answered ${status}${upstreamMessage ? `: ${upstreamMessage}` : ''}.`);
}
