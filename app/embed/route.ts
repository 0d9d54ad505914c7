import { z } from 'zod';
import { embedCsp, renderEmbedDocument } from '@/components/embed/embed-document';
import { embedModel } from '@/components/embed/embed-model';
import { handle } from '@/lib/http/error-response';
import { publicResponse } from '@/lib/http/responses';
import { requestLocale } from '@/lib/http/request-locale';
import { ZONE_COOKIE, parseCookieHeader, resolveZone } from '@/lib/preferences/viewer-preferences';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** Embed parameters: anything unreadable falls back to a default instead of failing a login screen. */
const embedQuerySchema = z.object({
  theme: z.enum(['light', 'dark', 'auto']).catch('auto'),
  tz: z.string().max(64).nullable().catch(null),
});

/**
 * The compact status line for the product's login screen. A route handler, not a page: a complete document of
 * a few kilobytes without the framework's client runtime, framed only where the page settings allow.
 */
export const GET = handle(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const query = embedQuerySchema.parse({ theme: params.get('theme') ?? undefined, tz: params.get('tz') });
  const { locale, formatLocale } = requestLocale(request);
  const { doc } = await getStore().load();
  const cookie = parseCookieHeader(request.headers.get('cookie')).get(ZONE_COOKIE);
  const { zone, chosen } = resolveZone(query.tz, cookie, doc.page.timeZone);
  const model = embedModel(doc, new Date(), {
    locale,
    formatLocale,
    zone,
    zoneChosen: chosen,
    theme: query.theme,
  });
  return publicResponse(request, renderEmbedDocument(model), {
    contentType: 'text/html; charset=utf-8',
    headers: {
      'Content-Security-Policy': embedCsp(doc.page.frameAncestors),
      'Content-Language': locale,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  });
});
