import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { weekdayNames } from '@/lib/i18n/format';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import type { AreaTranslate } from '@/lib/i18n/translator';
import type { CalendarWindowJson } from '@/lib/schedule/calendar-query';
import { addDays, type LocalDate } from '@/lib/schedule/local-date';
import {
  addMonthsTo,
  monthOf,
  type DayPlacement,
  type MonthGrid,
  type YearMonth,
} from '@/lib/schedule/month-grid';
import { StatusIcon } from '@/components/status/status-icon';
import { longDate, wallClock } from './window-text';

const MAX_PER_DAY = 3;

export interface CalendarGridProps {
  grid: MonthGrid;
  /** 'Mars 2026', for the grid's caption. */
  monthTitle: string;
  /** Null while the month's windows are loading. */
  days: Map<LocalDate, DayPlacement<CalendarWindowJson>[]> | null;
  overlapping: ReadonlySet<string>;
  formatLocale: FormatLocale;
  t: AreaTranslate<'calendar'>;
  /** Moves to another month (arrow keys past its edge, Page Up/Down); the grid keeps focus on the new day. */
  onNavigate: (month: YearMonth) => void;
  /** Enter on a day: show that day in the agenda. */
  onOpenDay: (date: LocalDate) => void;
}

const chipStyle: Record<CalendarWindowJson['status'], string> = {
  scheduled: 'border-maint bg-maint-bg text-maint',
  in_progress: 'border-major bg-major-bg text-major font-semibold',
  reserved: 'border-dashed border-reserved bg-reserved-bg text-reserved',
  completed: 'border-border bg-surface-2 text-muted',
  cancelled: 'border-border bg-surface text-muted line-through',
};

function moveBy(key: string, date: LocalDate, weekStart: LocalDate): LocalDate | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return weekStart;
    case 'End':
      return addDays(weekStart, 6);
    case 'PageUp':
      return `${addMonthsTo(monthOf(date), -1)}-${date.slice(8)}`;
    case 'PageDown':
      return `${addMonthsTo(monthOf(date), 1)}-${date.slice(8)}`;
    default:
      return null;
  }
}

/** The last valid day of a month for a date like 2026-02-31 produced by Page Up/Down. */
function clampToMonth(date: string): LocalDate {
  const month = date.slice(0, 7);
  let day = Number(date.slice(8));
  while (day > 28 && monthOf(addDays(`${month}-01`, day - 1)) !== month) day -= 1;
  return `${month}-${String(day).padStart(2, '0')}`;
}

function Chip({
  placement,
  overlaps,
  formatLocale,
  t,
}: { placement: DayPlacement<CalendarWindowJson>; overlaps: boolean } & Pick<
  CalendarGridProps,
  'formatLocale' | 't'
>) {
  const { window: w, continuesFromPreviousDay: fromBefore, continuesNextDay: toAfter } = placement;
  const start = wallClock(w.localStart, formatLocale);
  const end = wallClock(w.localEnd, formatLocale);
  const time = fromBefore && toAfter ? '↔' : fromBefore ? `–${end}` : toAfter ? `${start}–` : start;
  const details = [
    t('window.timeRange', { start, end }),
    t(`status.${w.status}`),
    ...(fromBefore ? [t('window.continuesFromPreviousDay')] : []),
    ...(toAfter ? [t('window.continuesNextDay')] : []),
    ...(overlaps ? [t('workingHours.overlaps')] : []),
  ];
  return (
    <li
      className={`flex items-start gap-1 rounded border-l-2 px-1 py-0.5 text-xs leading-tight ${chipStyle[w.status]} ${w.emergency ? 'outline outline-1 outline-critical' : ''}`}
      title={`${w.title} — ${details.join(' · ')}`}
      data-window={w.id}
    >
      {overlaps ? <StatusIcon tone="major" className="size-3.5" /> : null}
      <span className="line-clamp-2 min-w-0 break-words">
        <span className="tabular-nums">{time}</span> <span lang={w.titleLang}>{w.title}</span>
        <span className="sr-only">, {details.join(', ')}</span>
      </span>
    </li>
  );
}

/**
 * The month as an ARIA grid: one tab stop, arrow keys move a day or a week, Home/End to the week's ends,
 * Page Up/Down a month; leaving the month loads the next one. Enter shows the day in the agenda.
 */
export function CalendarGrid({
  grid,
  monthTitle,
  days,
  overlapping,
  formatLocale,
  t,
  onNavigate,
  onOpenDay,
}: CalendarGridProps) {
  const today = grid.weeks.flat().find((d) => d.isToday && d.inMonth)?.date;
  const [focusDate, setFocusDate] = useState<LocalDate>(today ?? grid.monthStart);
  const focusPending = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const active = monthOf(focusDate) === grid.month ? focusDate : (today ?? grid.monthStart);
  const short = weekdayNames(formatLocale, 'abbreviated');
  const wide = weekdayNames(formatLocale, 'wide');

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-date="${active}"]`)?.focus();
  }, [active, grid.month]);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpenDay(active);
      return;
    }
    const week = grid.weeks.find((w) => w.some((d) => d.date === active));
    const next = moveBy(event.key, active, week?.[0]?.date ?? active);
    if (next === null || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = clampToMonth(next);
    focusPending.current = true;
    setFocusDate(target);
    if (monthOf(target) !== grid.month) onNavigate(monthOf(target));
  }

  return (
    <>
      <table
        ref={tableRef}
        role="grid"
        aria-labelledby="calendar-grid-caption"
        aria-describedby="calendar-grid-help"
        aria-busy={days === null}
        className="w-full table-fixed border-collapse"
        onKeyDown={onKeyDown}
      >
        <caption id="calendar-grid-caption" className="sr-only">
          {t('grid.caption', { month: monthTitle })}
        </caption>
        <thead>
          <tr>
            {short.map((name, i) => (
              <th
                key={name}
                scope="col"
                abbr={wide[i]}
                className="pb-1 text-left text-xs font-semibold text-muted"
              >
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((day) => {
                const placements = days?.get(day.date) ?? [];
                const hidden = placements.length - MAX_PER_DAY;
                return (
                  <td
                    key={day.date}
                    role="gridcell"
                    data-date={day.date}
                    tabIndex={day.date === active ? 0 : -1}
                    aria-current={day.isToday ? 'date' : undefined}
                    aria-selected={day.date === active}
                    onFocus={() => setFocusDate(day.date)}
                    onClick={() => setFocusDate(day.date)}
                    onDoubleClick={() => onOpenDay(day.date)}
                    className={`h-28 border border-border p-1 align-top focus-visible:relative focus-visible:z-10 ${day.inMonth ? 'bg-surface' : 'bg-surface-2/60 text-muted'}`}
                  >
                    <div className="mb-1 flex items-center justify-between text-xs">
                      <span
                        aria-hidden="true"
                        className={`inline-flex size-6 items-center justify-center rounded-full tabular-nums ${day.isToday ? 'bg-accent font-bold text-accent-fg' : day.inMonth ? 'font-medium' : ''}`}
                      >
                        {day.day}
                      </span>
                      {day.isToday ? (
                        <span className="text-[0.65rem] font-semibold uppercase text-accent">
                          {t('nav.today')}
                        </span>
                      ) : null}
                      <span className="sr-only">
                        {longDate(day.date, formatLocale)}
                        {day.isToday ? `, ${t('nav.today')}` : ''}
                        {placements.length > 0 ? `, ${t('window.count', { count: placements.length })}` : ''}
                      </span>
                    </div>
                    <ul className="space-y-0.5">
                      {placements.slice(0, hidden > 0 ? MAX_PER_DAY - 1 : MAX_PER_DAY).map((p) => (
                        <Chip
                          key={p.window.id}
                          placement={p}
                          overlaps={overlapping.has(p.window.id)}
                          formatLocale={formatLocale}
                          t={t}
                        />
                      ))}
                    </ul>
                    {hidden > 0 ? (
                      <a
                        href={`#agenda-${day.date}`}
                        tabIndex={-1}
                        className="mt-0.5 block text-xs text-accent underline"
                      >
                        {t('window.more', { count: hidden + 1 })}
                      </a>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p id="calendar-grid-help" className="sr-only">
        {t('grid.keyboardHelp')}
      </p>
    </>
  );
}
