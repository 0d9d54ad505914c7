import { localizeDocument } from '@/lib/status/localize';
import { buildAtomFeed, feedText } from '@/lib/formats/atom';
import { handle } from '@/lib/http/error-response';
import { publicResponse } from '@/lib/http/responses';
import { requestLocale } from '@/lib/http/request-locale';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** RFC 4287 feed of incidents and maintenances with their updates, newest first, in the reader's language. */
export const GET = handle(async (request: Request) => {
  const { locale, formatLocale } = requestLocale(request);
  const { doc } = localizeDocument((await getStore().load()).doc, locale);
  const xml = buildAtomFeed(
    doc,
    new Date(),
    feedText(locale, doc.page.name, doc.page.timeZone, formatLocale),
  );
  return publicResponse(request, xml, {
    contentType: 'application/atom+xml; charset=utf-8',
    cors: true,
    headers: { 'Content-Language': locale },
  });
});
