import { formatInTimeZone } from 'date-fns-tz';
import { markdownToText } from '@/lib/formats/markdown';
import { formatMonthYear } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/messages';
import { maintenanceStatus } from '@/lib/status/state';
import type { Impact } from '@/lib/core/vocab';
import type { StoreDocument } from '@/lib/store/schema';
import { timeText, type ViewContext } from '@/components/incidents/incident-view';

/** Past incidents and maintenances by month in the viewer's zone, a few months per page, newest first. */

export const MONTHS_PER_PAGE = 3;

export interface HistoryItem {
  kind: 'incident' | 'maintenance';
  id: string;
  name: string;
  status: string;
  statusLabel: string;
  impact: Impact | 'maintenance';
  at: string;
  whenText: string;
  summary: string;
  /** Set when the name or summary is shown untranslated, in the page's default language. */
  nameLang?: string;
  summaryLang?: string;
}

export interface HistoryMonth {
  /** 'YYYY-MM' in the viewer's zone. */
  key: string;
  label: string;
  items: HistoryItem[];
}

export interface HistoryView {
  page: number;
  pages: number;
  months: HistoryMonth[];
}

function monthIndex(key: string): number {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

function monthKey(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

type TextRef = Parameters<NonNullable<ViewContext['fallbackLang']>>;

function langs(ctx: ViewContext, name: TextRef, summary: TextRef | null) {
  const nameLang = ctx.fallbackLang?.(...name);
  const summaryLang = summary ? ctx.fallbackLang?.(...summary) : undefined;
  return { ...(nameLang ? { nameLang } : {}), ...(summaryLang ? { summaryLang } : {}) };
}

function items(doc: StoreDocument, ctx: ViewContext): HistoryItem[] {
  const { locale } = ctx;
  const incidents = doc.incidents.map((i): HistoryItem => {
    const latest = [...i.updates].sort((a, b) => Date.parse(b.displayAt) - Date.parse(a.displayAt))[0];
    return {
      kind: 'incident',
      id: i.id,
      name: i.name,
      status: i.status,
      statusLabel: t(locale, `status.incident.${i.status}`),
      impact: i.impact,
      at: i.startedAt,
      whenText: timeText(i.startedAt, ctx),
      summary: latest ? markdownToText(latest.body, 200) : '',
      ...langs(ctx, ['incident', i.id, 'name'], latest ? ['update', latest.id, 'body'] : null),
    };
  });
  const maintenances = doc.maintenances
    .filter((m) => Date.parse(m.scheduledFor) <= ctx.now.getTime())
    .map((m): HistoryItem => {
      const state = maintenanceStatus(m, ctx.now);
      return {
        kind: 'maintenance',
        id: m.id,
        name: m.name,
        status: state,
        statusLabel:
          state === 'cancelled'
            ? t(locale, 'calendar.status.cancelled')
            : t(locale, `status.maintenance.${state}`),
        impact: 'maintenance',
        at: m.scheduledFor,
        whenText: t(locale, 'feeds.window', {
          start: timeText(m.scheduledFor, ctx),
          end: timeText(m.scheduledUntil, ctx),
        }),
        summary: markdownToText(m.body, 200),
        ...langs(ctx, ['maintenance', m.id, 'name'], ['maintenance', m.id, 'body']),
      };
    });
  return [...incidents, ...maintenances].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

export function historyView(doc: StoreDocument, ctx: ViewContext, requestedPage: number): HistoryView {
  const all = items(doc, ctx);
  const keyOf = (instant: string) => formatInTimeZone(new Date(instant), ctx.zone, 'yyyy-MM');
  const current = monthIndex(keyOf(ctx.now.toISOString()));
  const oldest = all.reduce((min, item) => Math.min(min, monthIndex(keyOf(item.at))), current);
  const pages = Math.max(1, Math.ceil((current - oldest + 1) / MONTHS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage)), pages);
  const first = current - (page - 1) * MONTHS_PER_PAGE;
  const months: HistoryMonth[] = [];
  for (let index = first; index > first - MONTHS_PER_PAGE; index--) {
    const key = monthKey(index);
    // Mid-month noon UTC lies inside that month in every zone.
    const label = formatMonthYear(`${key}-15T12:00:00Z`, ctx.zone, ctx.formatLocale);
    months.push({ key, label, items: all.filter((i) => keyOf(i.at) === key) });
  }
  return { page, pages, months };
}
