// GET /api/phone-numbers — every phone number (provider, whether it can call out, assigned agent).
import { withRoute } from '@/lib/api/route';
import { listPhoneNumbers } from '@/lib/phone-numbers/service';

export const runtime = 'edge';

export const GET = withRoute({ permission: 'agents.read' }, async () => ({ phone_numbers: await listPhoneNumbers() }));
