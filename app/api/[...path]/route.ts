// GET /api/* that no route serves — 404 in the API's one error shape (the address would otherwise
// fall through to the dashboard's HTML 404 page, or to the sign-in page without a session).
import { AppError, errorResponse } from '@/lib/api/errors';

export const runtime = 'edge';

export const GET = () => errorResponse(new AppError('not_found', 'No such API route.'));
