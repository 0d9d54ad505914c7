import type { FormatLocale } from '@/lib/i18n/negotiate';
import type { Translate } from '@/lib/i18n/translator';
import { formatWallTime, type IsoWeekday } from '@/lib/schedule/local-date';
import { wallClock } from './window-text';
import type { WorkingHours } from '@/lib/preferences/working-hours';

/** 'Mon–Fri, 08:00–17:00' in the viewer's language: three or more days in a row written as a range. */
export function hoursSummary(
  hours: WorkingHours,
  order: IsoWeekday[],
  nameOf: (day: IsoWeekday) => string,
  formatLocale: FormatLocale,
  t: Translate,
): string {
  const runs: IsoWeekday[][] = [];
  for (const day of order.filter((d) => hours.days.includes(d))) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last !== undefined && order.indexOf(last) === order.indexOf(day) - 1) run.push(day);
    else runs.push([day]);
  }
  const days = runs
    .map((run) =>
      run.length > 2 ? `${nameOf(run[0] ?? 1)}–${nameOf(run.at(-1) ?? 1)}` : run.map(nameOf).join(', '),
    )
    .join(', ');
  const clock = (minutes: number) =>
    wallClock(`2000-01-01T${formatWallTime(minutes % 1440)}:00Z`, formatLocale);
  // Midnight ending the day reads '24:00' on a 24-hour clock.
  const to = hours.end === 1440 && formatLocale !== 'en-US' ? '24:00' : clock(hours.end);
  return t('calendar.workingHours.summary', { days, from: clock(hours.start), to });
}
