// GET /api/agents/options — every agent (id, name, tags), sorted by name, for pickers.
import { withRoute } from '@/lib/api/route';
import { listAllAgents } from '@/lib/agents/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'agents.read' }, async () => ({ agents: await listAllAgents() }));
