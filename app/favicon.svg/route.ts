import { faviconSvg } from '@/lib/formats/favicon';
import { handle } from '@/lib/http/error-response';
import { publicResponse } from '@/lib/http/responses';
import { derivePageState } from '@/lib/status/state';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** A favicon that shows the overall status, so a pinned tab tells at a glance. */
export const GET = handle(async (request: Request) => {
  const { doc } = await getStore().load();
  const { indicator } = derivePageState(doc, new Date());
  return publicResponse(request, faviconSvg(indicator), { contentType: 'image/svg+xml; charset=utf-8' });
});
