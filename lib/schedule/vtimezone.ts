/**
 * A zone's UTC-offset transitions read from Intl, shaped as RFC 5545 VTIMEZONE observances. Transitions that
 * repeat every year on the same weekday rule become a YEARLY RRULE (EU: last Sunday of March/October, 01:00Z);
 * anything irregular is listed with RDATEs, so the output matches the platform's tz data in any zone.
 */
import { icsLocalDateTime, icsUtcDateTime, icsWeekday } from '@/lib/schedule/ics-values';
import { DAY_MS, daysInMonth, formatLocalDate, type LocalDate } from './local-date';
import { offsetMsAt, toLocalParts } from './zone';

export interface ZoneTransition {
  /** The first instant of the new offset. */
  at: number;
  offsetFrom: number;
  offsetTo: number;
}

export interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  offsetFrom: number;
  offsetTo: number;
  /** Local date-time in the previous offset, as RFC 5545 writes it: 'YYYYMMDDTHHMMSS'. */
  dtstart: string;
  rrule: string | null;
  rdates: string[];
}

/** Every offset change in [fromYear-01-01, (toYear+1)-01-01) UTC, found day by day and narrowed to the second. */
export function zoneTransitions(zone: string, fromYear: number, toYear: number): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let previous = Date.UTC(fromYear, 0, 1);
  let previousOffset = offsetMsAt(previous, zone);
  for (let t = previous + DAY_MS; t <= end; t += DAY_MS) {
    const offset = offsetMsAt(t, zone);
    if (offset !== previousOffset) {
      let low = previous;
      let high = t;
      while (high - low > 1000) {
        const mid = Math.floor((low + high) / 2000) * 1000;
        if (offsetMsAt(mid, zone) === previousOffset) low = mid;
        else high = mid;
      }
      transitions.push({ at: high, offsetFrom: previousOffset, offsetTo: offset });
    }
    previous = t;
    previousOffset = offset;
  }
  return transitions;
}

function localInOffset(
  at: number,
  offsetMs: number,
): { date: LocalDate; time: string; month: number; day: number; weekday: number; daysInMonth: number } {
  const d = new Date(at + offsetMs);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const time = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return {
    date: formatLocalDate(year, month, day),
    time,
    month,
    day,
    weekday: ((d.getUTCDay() + 6) % 7) + 1,
    daysInMonth: daysInMonth(year, month),
  };
}

/** A YEARLY RRULE reproducing every transition of a group (one per consecutive year), or null. */
function yearlyRule(group: ZoneTransition[], lastYear: number): string | null {
  const local = group.map((t) => localInOffset(t.at, t.offsetFrom));
  const first = local[0];
  if (!first || group.length < 2) return null;
  const years = group.map((t) => new Date(t.at).getUTCFullYear());
  const consecutive = years.every((y, i) => i === 0 || y === (years[i - 1] ?? 0) + 1);
  const same = local.every(
    (l) => l.month === first.month && l.weekday === first.weekday && l.time === first.time,
  );
  if (!consecutive || !same) return null;
  const position = local.every((l) => l.day + 7 > l.daysInMonth)
    ? -1
    : local.every((l) => Math.ceil(l.day / 7) === Math.ceil(first.day / 7))
      ? Math.ceil(first.day / 7)
      : null;
  if (position === null) return null;
  const lastTransition = group[group.length - 1];
  const until =
    lastTransition && (years[years.length - 1] ?? 0) < lastYear
      ? `;UNTIL=${icsUtcDateTime(lastTransition.at)}`
      : '';
  return `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${position}${icsWeekday(first.weekday)}${until}`;
}

/**
 * The observances of a zone over [fromYear, toYear]: one for the offset in force on 1 January of fromYear, then one
 * per kind of transition. An offset above the zone's lowest in that span counts as DAYLIGHT.
 */
export function zoneObservances(zone: string, fromYear: number, toYear: number): Observance[] {
  const start = Date.UTC(fromYear, 0, 1);
  const initialOffset = offsetMsAt(start, zone);
  const transitions = zoneTransitions(zone, fromYear, toYear);
  const lowest = Math.min(initialOffset, ...transitions.map((t) => t.offsetTo));
  const kindOf = (offset: number): Observance['kind'] => (offset > lowest ? 'DAYLIGHT' : 'STANDARD');
  const startLocal = toLocalParts(start, zone);
  const observances: Observance[] = [
    {
      kind: kindOf(initialOffset),
      offsetFrom: initialOffset,
      offsetTo: initialOffset,
      dtstart: icsLocalDateTime(startLocal.date, startLocal.time),
      rrule: null,
      rdates: [],
    },
  ];
  const groups = new Map<string, ZoneTransition[]>();
  for (const t of transitions) {
    const local = localInOffset(t.at, t.offsetFrom);
    const key = `${t.offsetFrom}|${t.offsetTo}|${local.month}|${local.weekday}|${local.time}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const group of groups.values()) {
    const [first, ...rest] = group;
    if (!first) continue;
    const rrule = yearlyRule(group, toYear);
    const dtstart = localInOffset(first.at, first.offsetFrom);
    observances.push({
      kind: kindOf(first.offsetTo),
      offsetFrom: first.offsetFrom,
      offsetTo: first.offsetTo,
      dtstart: icsLocalDateTime(dtstart.date, dtstart.time),
      rrule,
      rdates: rrule
        ? []
        : rest.map((t) => localInOffset(t.at, t.offsetFrom)).map((l) => icsLocalDateTime(l.date, l.time)),
    });
  }
  return observances;
}
