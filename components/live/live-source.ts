import { strongEtag } from '@/lib/http/etag';
import { statuspageDocument, statuspagePaths, type StatuspageEndpoint } from '@/lib/formats/statuspage-view';

import { getMessages, t } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/core/locales';
import type { StoreDocument } from '@/lib/store/schema';
import type { LiveRefreshProps } from '@/components/live/live-refresh';

/**
 * Props for <LiveRefresh> on a server-rendered page: which public endpoint to watch and its ETag for the data
 * the page was rendered from (the same bytes publicJson answers, so an unchanged page never refreshes).
 */
export function liveRefreshProps(
  endpoint: StatuspageEndpoint,
  doc: StoreDocument,
  now: Date,
  locale: Locale,
): LiveRefreshProps {
  return {
    url: statuspagePaths[endpoint],
    etag: strongEtag(JSON.stringify(statuspageDocument(endpoint, doc, now))),
    locale,
    labels: {
      updatedAgo: getMessages(locale).common.live.updatedAgo,
      updatedNow: t(locale, 'common.live.updatedNow'),
      reconnecting: t(locale, 'common.live.reconnecting'),
    },
  };
}
