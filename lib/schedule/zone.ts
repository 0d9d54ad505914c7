/**
 * Wall-clock maths in IANA zones, on Intl only. date-fns-tz's fromZonedTime was checked and rejected:
 * in Europe/Oslo it maps 02:30 on the spring-forward night to 00:30Z (backwards) and an ambiguous
 * time to the second (CET) instant, the opposite of the
 * decisions in docs/design/time-zones.md.
 */
import { DomainError } from '@/lib/core/errors';
import { isValidTimeZone } from '@/lib/core/time-zone';
import {
  DAY_MS,
  MINUTES_PER_DAY,
  addDays,
  formatLocalDate,
  parseLocalDate,
  parseWallTime,
  toDayNumber,
  type LocalDate,
} from './local-date';

/** How a wall time maps to instants in a zone on a given day. */
export type WallTimeKind = 'unique' | 'gap' | 'ambiguous';

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCaches = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 20_000;
const longOffsetPattern = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    // 'longOffset' prints the offset itself ('GMT+05:30'), several times cheaper than formatToParts.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, formatter);
  }
  return formatter;
}

function assertTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) {
    throw new DomainError('invalid_timezone', `"${zone}" is not an IANA time zone such as Europe/Oslo.`, {
      timeZone: zone,
    });
  }
}

function computeOffset(instant: number, zone: string): number {
  const match = longOffsetPattern.exec(formatterFor(zone).format(instant));
  if (!match) throw new RangeError(`cannot read the UTC offset of ${zone}`);
  if (match[1] === undefined) return 0;
  const magnitude = Number(match[2]) * 3_600_000 + Number(match[3]) * 60_000 + Number(match[4] ?? 0) * 1000;
  return match[1] === '-' ? -magnitude : magnitude;
}

/** The zone's offset from UTC at an instant, in milliseconds (CEST: +7,200,000). */
export function offsetMsAt(instant: Date | number, zone: string): number {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  let cache = offsetCaches.get(zone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(zone, cache);
  }
  let offset = cache.get(t);
  if (offset === undefined) {
    offset = computeOffset(t, zone);
    if (cache.size >= OFFSET_CACHE_LIMIT) cache.clear();
    cache.set(t, offset);
  }
  return offset;
}

/** Resolves wall-clock milliseconds: a gap moves forward by its length, an ambiguous time takes the earlier instant. */
function resolveWall(localMs: number, zone: string): { instant: number; kind: WallTimeKind } {
  const before = offsetMsAt(localMs - DAY_MS, zone);
  const after = offsetMsAt(localMs + DAY_MS, zone);
  // Fast path: the same offset a day either side and at the instant itself.
  if (before === after && offsetMsAt(localMs - before, zone) === before)
    return { instant: localMs - before, kind: 'unique' };
  const candidates = new Set([before, offsetMsAt(localMs, zone), after]);
  const valid = [...candidates]
    .map((offset) => localMs - offset)
    .filter((t) => offsetMsAt(t, zone) === localMs - t);
  if (valid.length === 0) return { instant: localMs - before, kind: 'gap' };
  return { instant: Math.min(...valid), kind: valid.length > 1 ? 'ambiguous' : 'unique' };
}

function localMsOf(date: LocalDate, time: string): number {
  if (!parseLocalDate(date))
    throw new DomainError('invalid_date', `"${date}" is not a calendar date (YYYY-MM-DD).`, { date });
  const minutes = parseWallTime(time);
  if (minutes === null)
    throw new DomainError('invalid_request', `"${time}" is not a wall time (HH:mm, 00:00–24:00).`, { time });
  return toDayNumber(date) * DAY_MS + minutes * 60_000;
}

/**
 * The instant at which a zone's wall clock shows `time` on `date`. '24:00' is 00:00 of the next day;
 * a time in a spring-forward gap moves forward by the gap; a time shown twice takes the first instant.
 */
export function wallTimeToInstant(date: LocalDate, time: string, zone: string): Date {
  assertTimeZone(zone);
  return new Date(resolveWall(localMsOf(date, time), zone).instant);
}

/** Whether a wall time exists once, never (gap) or twice (fall back) on that date in that zone. */
export function wallTimeKind(date: LocalDate, time: string, zone: string): WallTimeKind {
  assertTimeZone(zone);
  return resolveWall(localMsOf(date, time), zone).kind;
}

/** The local date and time ('HH:mm:ss') an instant shows in a zone. */
export function toLocalParts(instant: Date | number, zone: string): { date: LocalDate; time: string } {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const local = new Date(Math.floor(t / 1000) * 1000 + offsetMsAt(t, zone));
  const time = [local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return { date: formatLocalDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()), time };
}

export function toLocalDate(instant: Date | number, zone: string): LocalDate {
  return toLocalParts(instant, zone).date;
}

/** The instant local midnight starts a date in a zone (a zone may skip midnight: then the first instant of the day). */
export function startOfLocalDay(date: LocalDate, zone: string): Date {
  return wallTimeToInstant(date, '00:00', zone);
}

function formatOffset(offsetMs: number, separator: string): string {
  const totalMinutes = Math.round(Math.abs(offsetMs) / 60_000);
  const sign = offsetMs < 0 ? '-' : '+';
  const hh = String(Math.floor(totalMinutes / 60)).padStart(2, '0');
  return `${sign}${hh}${separator}${String(totalMinutes % 60).padStart(2, '0')}`;
}

/** 'UTC+05:30', 'UTC-04:00', 'UTC+00:00' — the offset a zone has at an instant. */
export function offsetLabel(instant: Date | number, zone: string): string {
  return `UTC${formatOffset(offsetMsAt(instant, zone), ':')}`;
}

/** ISO 8601 with the zone's offset at that instant, e.g. '2026-03-12T19:00:00-04:00'. */
export function formatLocalIso(instant: Date | number, zone: string): string {
  const { date, time } = toLocalParts(instant, zone);
  return `${date}T${time}${formatOffset(offsetMsAt(instant, zone), ':')}`;
}

/** A UTC instant as ISO 8601 without a zero millisecond part: '2026-03-12T23:00:00Z'. */
export function formatUtcIso(instant: Date): string {
  return instant.toISOString().replace('.000Z', 'Z');
}

/** The wall time `minutes` after midnight of `date`, normalised across midnight ('24:00' → next day 00:00). */
export function wallTimeAfter(date: LocalDate, minutes: number): { date: LocalDate; time: string } {
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const rest = minutes - days * MINUTES_PER_DAY;
  const time = `${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`;
  return { date: addDays(date, days), time };
}
