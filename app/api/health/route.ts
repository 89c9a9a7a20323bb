// GET /api/health — public liveness probe for uptime monitors; says nothing about configuration.
export const runtime = 'edge';

export const GET = () => Response.json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
