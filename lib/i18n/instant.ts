/** A UTC instant: a Date, an ISO 8601 string with offset or Z, or epoch milliseconds. */
export type Instant = Date | string | number;

export function toInstant(value: Instant): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime()) || (typeof value === 'string' && !calendarDateExists(value))) {
    throw new RangeError(`Not a valid instant: ${String(value)}`);
  }
  return date;
}

/** JavaScript reads 2026-02-30T00:00Z as 2 March; we refuse it instead. */
function calendarDateExists(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}
