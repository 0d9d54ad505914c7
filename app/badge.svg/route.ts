import { statusBadge } from '@/lib/formats/badge';
import { handle } from '@/lib/http/error-response';
import { publicResponse } from '@/lib/http/responses';
import { requestLocale } from '@/lib/http/request-locale';
import { t } from '@/lib/i18n/messages';
import { localizeDocument } from '@/lib/status/localize';
import { derivePageState } from '@/lib/status/state';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** The overall status as a shields-style badge; its accessible title is in the reader's language. */
export const GET = handle(async (request: Request) => {
  const { locale } = requestLocale(request);
  const { doc } = localizeDocument((await getStore().load()).doc, locale);
  const { indicator } = derivePageState(doc, new Date());
  const svg = statusBadge(doc.page.name, indicator, t(locale, `status.indicator.${indicator}`));
  return publicResponse(request, svg, {
    contentType: 'image/svg+xml; charset=utf-8',
    cors: true,
    headers: { 'Content-Language': locale },
  });
});
