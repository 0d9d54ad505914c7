import { handle } from '@/lib/http/error-response';
import { publicJson } from '@/lib/http/responses';
import { uptimeReport } from '@/lib/status/uptime';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** The 90-day uptime per component, the same numbers the status page's bars show. */
export const GET = handle(async (request: Request) => {
  const { doc } = await getStore().load();
  return publicJson(request, uptimeReport(doc, new Date()), { 'Access-Control-Expose-Headers': 'ETag' });
});
