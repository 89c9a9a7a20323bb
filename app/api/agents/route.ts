// GET /api/agents — every agent (id, name, tags), sorted by name.
import { withAdmin } from '@/lib/api/route';
import { listAllAgents } from '@/lib/agents/service';

export const runtime = 'edge';

export const GET = withAdmin({}, async () => ({ agents: await listAllAgents() }));
