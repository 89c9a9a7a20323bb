// Calls a route handler the way Next would, and reads the answer.
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export interface RouteResult {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export async function callRoute(
  handler: Handler,
  method: string,
  path: string,
  body?: unknown,
  options: { raw?: boolean; params?: Record<string, string>; headers?: HeadersInit } = {},
): Promise<RouteResult> {
  const init: RequestInit = { method, headers: new Headers(options.headers) };
  if (body !== undefined) {
    init.body = options.raw ? String(body) : JSON.stringify(body);
    (init.headers as Headers).set('content-type', 'application/json');
  }
  const response = await handler(new Request(`http://localhost:8788${path}`, init), { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

export async function testConnectionRoute(input: { apiKey?: string } = {}): Promise<RouteResult> {
  const { POST } = await import('@/app/api/settings/api-key/test/route');
  return callRoute(POST, 'POST', '/api/settings/api-key/test', input);
}
