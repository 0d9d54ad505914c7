import openapi from '@/docs/openapi.json';
import { handle } from '@/lib/http/error-response';
import { publicResponse } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

// Bundled at build time, serialised once: the running server never reads the repository.
const body = JSON.stringify(openapi);

/** The OpenAPI 3.1 description of this API (docs/openapi.json), public and cacheable like the other documents. */
export const GET = handle(async (request: Request) =>
  publicResponse(request, body, {
    contentType: 'application/json; charset=utf-8',
    cors: true,
    headers: { 'Access-Control-Expose-Headers': 'ETag' },
  }),
);
