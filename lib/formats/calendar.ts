import type { Locale } from '@/lib/core/locales';
import { windowTitle } from '@/lib/i18n/rules';
import { buildCalendar, scheduleDataOf } from '@/lib/schedule/calendar';
import { calendarResponse, parseCalendarQuery } from '@/lib/schedule/calendar-query';
import type { CalendarQueryInput, CalendarResponse } from '@/lib/schedule/calendar-query';
import type { LocalizedDocument } from '@/lib/status/localize';

/**
 * The calendar JSON (docs/openapi.json, GET /api/v1/calendar) for a query, with rule windows titled in `locale`
 * and maintenances named as `localized` resolved them (a name that fell back says its language). Shared by
 * GET /api/v1/calendar and the /calendar page, so the two cannot disagree.
 */
export function localizedCalendar(
  localized: Pick<LocalizedDocument, 'doc' | 'fallbackLang'>,
  input: CalendarQueryInput,
  locale: Locale,
  now: Date,
): CalendarResponse {
  const { doc, fallbackLang } = localized;
  const query = parseCalendarQuery(input, { now, pageZone: doc.page.timeZone });
  const windows = buildCalendar({ ...scheduleDataOf(doc), range: query.range, now });
  return calendarResponse(
    windows,
    query.timeZone,
    query.from,
    query.to,
    (w) => windowTitle(locale, w),
    (w) => (w.maintenanceId ? fallbackLang('maintenance', w.maintenanceId, 'name') : undefined),
  );
}
