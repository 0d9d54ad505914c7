'use client';

import { useMemo, useState, type MouseEvent } from 'react';
import useSWR, { SWRConfig, preload } from 'swr';
import { formatCalendarMonth } from '@/lib/i18n/format';
import type { Locale } from '@/lib/core/locales';
import { weekStartsOn, type FormatLocale } from '@/lib/i18n/negotiate';
import { createAreaTranslator, plural } from '@/lib/i18n/translator';
import type { Messages } from '@/lib/i18n/types';
import type { CalendarResponse, CalendarWindowJson } from '@/lib/schedule/calendar-query';
import type { LocalDate } from '@/lib/schedule/local-date';
import {
  addMonthsTo,
  monthGrid,
  monthOf,
  offsetsOver,
  windowsByDay,
  type MonthGrid,
  type YearMonth,
} from '@/lib/schedule/month-grid';
import { StatusIcon } from '@/components/status/status-icon';
import { collapseFrequent } from './agenda';
import { CalendarAgenda } from './calendar-agenda';
import { CalendarGrid } from './calendar-grid';
import { windowFileName, windowIcs } from './window-ics';
import { mediumDate } from './window-text';
import { overlapsWorkingHours, type WorkingHours } from '@/lib/preferences/working-hours';

export interface CalendarMonthProps {
  month: YearMonth;
  /** Today in the viewer's zone (from the server's clock). */
  today: LocalDate;
  zone: string;
  locale: Locale;
  formatLocale: FormatLocale;
  /** The windows of `month`'s grid, as GET /api/v1/calendar answers them, so the first paint needs no request. */
  initial: CalendarResponse;
  hours: WorkingHours;
  messages: Messages['calendar'];
  pageName: string;
  pageUrl: string;
  /** Query parameters every month link keeps (lang, tz), without `month`. */
  keep: Record<string, string>;
  /** Rules so frequent (the nightly recycle) that the agenda gathers their windows into runs of days. */
  frequentRules: string[];
}

function calendarApiUrl(
  grid: Pick<MonthGrid, 'gridStart' | 'gridEnd'>,
  zone: string,
  locale: Locale,
): string {
  return `/api/v1/calendar?${new URLSearchParams({ from: grid.gridStart, to: grid.gridEnd, tz: zone, lang: locale })}`;
}

function isCalendarResponse(value: unknown): value is CalendarResponse {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as { windows?: unknown }).windows)
  );
}

async function fetchCalendar(url: string): Promise<CalendarResponse> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body: unknown = await response.json();
  if (!response.ok || !isCalendarResponse(body)) throw new Error(`GET ${url} answered ${response.status}`);
  return body;
}

function monthHref(month: YearMonth, keep: Record<string, string>): string {
  return `/calendar?${new URLSearchParams({ ...keep, month })}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The month grid and the agenda; other months come from /api/v1/calendar (SWR) while the URL keeps ?month=. */
export function CalendarMonth(props: CalendarMonthProps) {
  const initialGrid = monthGrid(props.month, weekStartsOn(props.formatLocale), props.today);
  const fallback = { [calendarApiUrl(initialGrid, props.zone, props.locale)]: props.initial };
  return (
    <SWRConfig value={{ fallback }}>
      <MonthView {...props} />
    </SWRConfig>
  );
}

function MonthView({
  month: initialMonth,
  today,
  zone,
  locale,
  formatLocale,
  hours,
  messages,
  pageName,
  pageUrl,
  keep,
  frequentRules,
}: CalendarMonthProps) {
  const [month, setMonth] = useState(initialMonth);
  const t = useMemo(() => createAreaTranslator(locale, 'calendar', messages), [locale, messages]);
  const grid = useMemo(
    () => monthGrid(month, weekStartsOn(formatLocale), today),
    [month, formatLocale, today],
  );
  const url = calendarApiUrl(grid, zone, locale);
  // The server rendered the first month: no request for it on mount, only on focus and for other months.
  const { data, error, isLoading, mutate } = useSWR(url, fetchCalendar, {
    revalidateOnMount: false,
    shouldRetryOnError: false,
  });
  const [year, monthNumber] = month.split('-').map(Number);
  // 'mars 2026' inside a sentence, 'Mars 2026' as the heading.
  const monthName = formatCalendarMonth({ year: year ?? 1970, month: monthNumber ?? 1 }, formatLocale);
  const monthTitle = capitalise(monthName);

  const days = useMemo(
    () => (data ? windowsByDay(data.windows, grid.gridStart, grid.gridEnd) : null),
    [data, grid],
  );
  const agenda = useMemo(
    () => (data ? collapseFrequent(data.windows, grid, frequentRules) : null),
    [data, grid, frequentRules],
  );
  const overlapping = useMemo(
    () =>
      new Set(
        (data?.windows ?? [])
          .filter((w) => w.status !== 'cancelled' && overlapsWorkingHours(w, hours))
          .map((w) => w.id),
      ),
    [data, hours],
  );
  const overlapCount = agenda
    ? [...agenda.runs, ...agenda.days].flatMap((d) => d.windows).filter((w) => overlapping.has(w.id)).length
    : 0;
  const offsets = useMemo(() => offsetsOver(grid.monthStart, grid.monthEnd, zone), [grid, zone]);
  const offsetText = offsets
    .map((o, i) =>
      i === 0
        ? o.offset
        : t('timeZone.offsetFrom', { offset: o.offset, date: mediumDate(o.date, formatLocale) }),
    )
    .join('; ');

  function navigate(next: YearMonth) {
    setMonth(next);
    const address = new URL(window.location.href);
    address.searchParams.set('month', next);
    window.history.replaceState(null, '', address);
  }

  function follow(event: MouseEvent<HTMLAnchorElement>, next: YearMonth) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(next);
  }

  function warm(next: YearMonth) {
    void preload(
      calendarApiUrl(monthGrid(next, weekStartsOn(formatLocale), today), zone, locale),
      fetchCalendar,
    ).catch(() => undefined);
  }

  function openDay(date: LocalDate) {
    const heading = document.getElementById(`agenda-${date}`) ?? document.getElementById('agenda-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  const ruleTexts: Partial<Record<string, { impact: string }>> = messages.rules;
  // Announced maintenances speak for themselves; a rule's window says what to expect.
  const impactOf = (w: CalendarWindowJson) =>
    w.maintenanceId === null && w.ruleId !== null ? (ruleTexts[w.ruleId]?.impact ?? null) : null;
  const icsFor = (w: CalendarWindowJson) => ({
    fileName: windowFileName(w),
    text: windowIcs(w, {
      pageUrl,
      calendarName: t('ics.name', { page: pageName }),
      description: [impactOf(w), t('ics.moreAt', { url: new URL('/calendar', pageUrl).toString() })]
        .filter(Boolean)
        .join('\n\n'),
      now: new Date(),
    }),
  });

  const links = [
    { month: addMonthsTo(month, -1), rel: 'prev', label: t('nav.previousMonth'), text: '‹' },
    { month: monthOf(today), rel: undefined, label: t('nav.today'), text: t('nav.today') },
    { month: addMonthsTo(month, 1), rel: 'next', label: t('nav.nextMonth'), text: '›' },
  ];

  return (
    <section aria-labelledby="calendar-month-title" className="space-y-4" data-month={month}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="calendar-month-title" className="text-xl font-semibold" aria-live="polite">
          {monthTitle}
        </h2>
        <nav aria-label={t('nav.label')} className="flex gap-1 print:hidden">
          {links.map((link) => (
            <a
              key={link.label}
              href={monthHref(link.month, keep)}
              rel={link.rel}
              aria-label={link.rel ? link.label : undefined}
              onClick={(event) => follow(event, link.month)}
              onMouseEnter={() => warm(link.month)}
              onFocus={() => warm(link.month)}
              className="inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border border-border bg-surface px-3 text-sm no-underline hover:bg-surface-2"
            >
              <span
                aria-hidden={link.rel ? 'true' : undefined}
                className={link.rel ? 'text-lg leading-none' : ''}
              >
                {link.text}
              </span>
            </a>
          ))}
        </nav>
      </div>
      <div className="space-y-1 text-sm">
        <p data-zone-line>{t('timeZone.shownIn', { zone, offset: offsetText })}</p>
        {agenda ? (
          <p className="flex items-center gap-1.5 text-muted" data-overlap-summary>
            {overlapCount > 0 ? (
              <StatusIcon tone="major" className="size-4" />
            ) : (
              <StatusIcon tone="ok" className="size-4" />
            )}
            {overlapCount > 0
              ? plural(locale, messages.workingHours.inMonth, overlapCount, { month: monthName })
              : t('workingHours.noneInMonth', { month: monthName })}
          </p>
        ) : null}
      </div>
      {error ? (
        <p
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded-md border border-critical bg-critical-bg px-3 py-2 text-sm text-critical"
        >
          {capitalise(t('nav.loadFailed', { month: monthName }))}
          <button
            type="button"
            onClick={() => void mutate()}
            className="rounded border border-critical px-2 py-0.5 font-medium"
          >
            {t('nav.retry')}
          </button>
        </p>
      ) : null}
      <p role="status" className={isLoading && !data ? 'text-sm text-muted' : 'sr-only'}>
        {isLoading && !data ? capitalise(t('nav.loading', { month: monthName })) : ''}
      </p>
      <div className="hidden md:block print:hidden">
        <CalendarGrid
          grid={grid}
          monthTitle={monthName}
          days={days}
          overlapping={overlapping}
          formatLocale={formatLocale}
          t={t}
          onNavigate={navigate}
          onOpenDay={openDay}
        />
      </div>
      <CalendarAgenda
        agenda={agenda}
        today={today}
        monthTitle={monthName}
        zone={zone}
        formatLocale={formatLocale}
        overlapping={overlapping}
        t={t}
        impactOf={impactOf}
        icsFor={icsFor}
      />
    </section>
  );
}
