// GET|POST /api/auth/* — Auth.js's own endpoints (sign-in, sign-out, session, csrf).
import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { toErrorResponse } from '@/lib/api/route';

export const runtime = 'edge';

// Auth.js answers some failures with a redirect whose headers are immutable; the edge runtime then
// throws when Next appends its own headers, so hand back a copy.
function mutableCopy(response: Response): Response {
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
}

async function handle(handler: (request: NextRequest) => Promise<Response>, request: NextRequest): Promise<Response> {
  try {
    return mutableCopy(await handler(request));
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const GET = (request: NextRequest) => handle(handlers.GET, request);
export const POST = (request: NextRequest) => handle(handlers.POST, request);
