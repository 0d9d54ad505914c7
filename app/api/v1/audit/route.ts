import { z } from 'zod';
import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { requireStaff } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

const querySchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });

/** GET /api/v1/audit?limit=100 (staff) → 200 `{entries: [{at, actor, actorKind, action, target, before?, after?, revision}]}`, newest first. */
export const GET = handle(async (request) => {
  await requireStaff({ write: false });
  const { limit } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return privateJson({ entries: await getStore().readAudit(limit) });
});
