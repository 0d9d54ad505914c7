import { z } from 'zod';
import { embedCsp, renderEmbedDocument } from '@/components/embed/embed-document';
import { embedModel } from '@/components/embed/embed-model';
import { handle, publicResponse } from '@/lib/api/http';
import { requestLocale } from '@/lib/api/request-locale';
import { canonicalTimeZone } from '@/lib/schedule/zone';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** Embed parameters: anything unreadable falls back to a default instead of failing a login screen. */
const embedQuerySchema = z.object({
  theme: z.enum(['light', 'dark', 'auto']).catch('auto'),
  tz: z.string().max(64).nullable().catch(null),
});

function zoneCookie(request: Request): string | null {
  const raw = /(?:^|;\s*)tz=([^;]*)/.exec(request.headers.get('cookie') ?? '')?.[1];
  if (raw === undefined) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * The compact status line for the product's login screen. A route handler, not a page: a complete document of
 * a few kilobytes without the framework's client runtime, framed only where the page settings allow.
 */
export const GET = handle(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const query = embedQuerySchema.parse({ theme: params.get('theme') ?? undefined, tz: params.get('tz') });
  const { locale, formatLocale } = requestLocale(request);
  const { doc } = await getStore().load();
  const chosenZone = canonicalTimeZone(query.tz) ?? canonicalTimeZone(zoneCookie(request));
  const model = embedModel(doc, new Date(), {
    locale,
    formatLocale,
    zone: chosenZone ?? doc.page.timeZone,
    zoneChosen: chosenZone !== null,
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
