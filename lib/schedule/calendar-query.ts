import type { Locale } from '@/lib/core/locales';
/** The calendar API's query ({from, to, tz}) and its JSON response (GET /api/v1/calendar in docs/openapi.json). */
import { DomainError } from '@/lib/core/errors';
import type { CalendarWindow, WindowStatus } from './calendar';
import type { TimeRange } from './expand';
import { addMonths, daysBetween, isValidLocalDate, type LocalDate } from './local-date';
import { canonicalTimeZone } from '@/lib/core/time-zone';
import { formatLocalIso, formatUtcIso, startOfLocalDay, toLocalDate } from './zone';

const MAX_CALENDAR_DAYS = 366;

export interface CalendarQueryInput {
  from?: string | null;
  to?: string | null;
  tz?: string | null;
}

export interface CalendarQuery {
  from: LocalDate;
  to: LocalDate;
  /** Canonical IANA name of the requested zone. */
  timeZone: string;
  /** [from 00:00, to 00:00) in timeZone, as instants. */
  range: TimeRange;
}

function checkDate(name: 'from' | 'to', value: string): LocalDate {
  if (!isValidLocalDate(value)) {
    throw new DomainError(
      'invalid_date',
      `"${name}" must be a real calendar date written YYYY-MM-DD; "${value}" is not.`,
      {
        parameter: name,
        value,
      },
    );
  }
  return value;
}

/**
 * Validates a calendar query. A missing tz is the page zone; with neither date the range is the current month
 * in the page zone; with one date the other is one calendar month away.
 * Throws DomainError invalid_date, invalid_timezone or invalid_range.
 */
export function parseCalendarQuery(
  input: CalendarQueryInput,
  context: { now: Date; pageZone: string },
): CalendarQuery {
  const from = input.from === undefined || input.from === null ? null : checkDate('from', input.from);
  const to = input.to === undefined || input.to === null ? null : checkDate('to', input.to);
  const requestedZone = input.tz === undefined || input.tz === null ? context.pageZone : input.tz;
  const timeZone = canonicalTimeZone(requestedZone);
  if (timeZone === null) {
    throw new DomainError(
      'invalid_timezone',
      `"tz" must be an IANA time zone such as Europe/Oslo or America/New_York; "${requestedZone}" is not.`,
      {
        parameter: 'tz',
        value: requestedZone,
      },
    );
  }
  const monthStart = `${toLocalDate(context.now, canonicalTimeZone(context.pageZone) ?? 'UTC').slice(0, 7)}-01`;
  const start = from ?? (to !== null ? addMonths(to, -1) : monthStart);
  const end = to ?? addMonths(start, 1);
  const days = daysBetween(start, end);
  if (days <= 0) {
    throw new DomainError(
      'invalid_range',
      `"to" (${end}) must be after "from" (${start}); "to" is exclusive.`,
      { from: start, to: end },
    );
  }
  if (days > MAX_CALENDAR_DAYS) {
    throw new DomainError(
      'invalid_range',
      `The calendar covers at most ${MAX_CALENDAR_DAYS} days; ${start} to ${end} is ${days}.`,
      {
        from: start,
        to: end,
        maxDays: MAX_CALENDAR_DAYS,
      },
    );
  }
  return {
    from: start,
    to: end,
    timeZone,
    range: { start: startOfLocalDay(start, timeZone), end: startOfLocalDay(end, timeZone) },
  };
}

export interface CalendarWindowJson {
  id: string;
  ruleId: string | null;
  maintenanceId: string | null;
  title: string;
  /** The language of `title` when it is not the one asked for: a maintenance name staff did not translate. */
  titleLang?: Locale;
  status: WindowStatus;
  start: string;
  end: string;
  localStart: string;
  localEnd: string;
  emergency: boolean;
}

export interface CalendarResponse {
  timeZone: string;
  from: LocalDate;
  to: LocalDate;
  windows: CalendarWindowJson[];
}

/**
 * The calendar JSON; `translateTitle` localises a window's title (default: the stored title) and `titleLang`
 * names the language of a title that fell back to another one.
 */
export function calendarResponse(
  windows: readonly CalendarWindow[],
  zone: string,
  from: LocalDate,
  to: LocalDate,
  translateTitle: (window: CalendarWindow) => string = (w) => w.title,
  titleLang: (window: CalendarWindow) => Locale | undefined = () => undefined,
): CalendarResponse {
  return {
    timeZone: zone,
    from,
    to,
    windows: windows.map((w) => {
      const lang = titleLang(w);
      return {
        id: w.id,
        ruleId: w.ruleId,
        maintenanceId: w.maintenanceId,
        title: translateTitle(w),
        ...(lang ? { titleLang: lang } : {}),
        status: w.status,
        start: formatUtcIso(w.start),
        end: formatUtcIso(w.end),
        localStart: formatLocalIso(w.start, zone),
        localEnd: formatLocalIso(w.end, zone),
        emergency: w.emergency,
      };
    }),
  };
}
