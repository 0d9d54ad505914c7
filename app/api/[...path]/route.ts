import { DomainError } from '@/lib/core/errors';
import { errorResponse } from '@/lib/http/error-response';

export const dynamic = 'force-dynamic';

/** Any address under /api that no route serves: a JSON 404 like every other API error, never an HTML page. */
function notFound(request: Request): Response {
  const path = new URL(request.url).pathname;
  return errorResponse(
    new DomainError(
      'not_found',
      `There is no API route at ${path}. Every route of this API is described in /api/openapi.json (OpenAPI 3.1).`,
    ),
  );
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
