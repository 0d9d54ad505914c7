import { maintenanceTimeline } from '@/lib/status/maintenance-timeline';
import { renderMarkdown } from '@/lib/formats/markdown';
import { formatDateTime, formatOffset } from '@/lib/i18n/format';
import type { Locale } from '@/lib/core/locales';
import { t } from '@/lib/i18n/messages';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import { formatDuration } from '@/lib/i18n/relative';
import { isIncidentOpen, maintenanceStatus } from '@/lib/status/state';
import type { ComponentStatus, Impact } from '@/lib/core/vocab';
import type { IncidentUpdate, StoreDocument } from '@/lib/store/schema';
import type { LocalizedDocument } from '@/lib/status/localize';

/** What an incident or maintenance page shows, in the viewer's language and zone; the page only lays it out. */

export interface ViewContext {
  locale: Locale;
  formatLocale: FormatLocale;
  zone: string;
  now: Date;
  /** The language of a staff-written text that fell back to the page's default (localizeDocument). */
  fallbackLang?: LocalizedDocument['fallbackLang'];
}

export interface TimelineItem {
  id: string;
  status: string;
  statusLabel: string;
  at: string;
  atText: string;
  /** Safe HTML from the Markdown renderer. */
  html: string;
  /** Set when the text is in another language than the page (an untranslated update). */
  lang?: string;
  changes: { id: string; name: string; lang?: string; status: ComponentStatus; statusLabel: string }[];
}

export interface IncidentPageView {
  kind: 'incident' | 'maintenance';
  id: string;
  name: string;
  nameLang?: string;
  status: string;
  statusLabel: string;
  open: boolean;
  impact: Impact | 'maintenance';
  impactLabel: string;
  startedText: string;
  /** When it ended (resolved, completed, cancelled), or null while it goes on. */
  endedText: string | null;
  durationText: string | null;
  /** For maintenances: the announced window. */
  windowText: string | null;
  emergencyReason: string | null;
  postmortemHtml: string | null;
  components: { id: string; name: string; lang?: string }[];
  timeline: TimelineItem[];
}

export function timeText(instant: string | Date, ctx: ViewContext): string {
  return `${formatDateTime(instant, ctx.zone, ctx.formatLocale)} (${formatOffset(instant, ctx.zone)})`;
}

function componentLabel(locale: Locale, status: ComponentStatus): string {
  return t(locale, `status.component.${status}`);
}

/** `{lang}` for a text that fell back to another language, `{}` otherwise (spread into a view). */
function langOf(
  ctx: ViewContext,
  kind: Parameters<LocalizedDocument['fallbackLang']>[0],
  id: string,
  field: string,
) {
  const lang = ctx.fallbackLang?.(kind, id, field);
  return lang ? { lang } : {};
}

function item(
  u: IncidentUpdate,
  statusLabel: string,
  html: string,
  ctx: ViewContext,
  automatic = false,
): TimelineItem {
  return {
    id: u.id,
    status: u.status,
    statusLabel,
    at: u.displayAt,
    atText: timeText(u.displayAt, ctx),
    html,
    ...(automatic ? {} : langOf(ctx, 'update', u.id, 'body')),
    changes: u.affectedComponents.map((c) => ({
      id: c.id,
      name: c.name,
      ...langOf(ctx, 'component', c.id, 'name'),
      status: c.newStatus,
      statusLabel: componentLabel(ctx.locale, c.newStatus),
    })),
  };
}

function nameLang(ctx: ViewContext, kind: 'incident' | 'maintenance', id: string) {
  const lang = ctx.fallbackLang?.(kind, id, 'name');
  return lang ? { nameLang: lang } : {};
}

const newestFirst = (a: TimelineItem, b: TimelineItem) => Date.parse(b.at) - Date.parse(a.at);

function componentsNamed(doc: StoreDocument, ids: readonly string[], ctx: ViewContext) {
  return ids.flatMap((id) => {
    const c = doc.components.find((x) => x.id === id);
    return c ? [{ id: c.id, name: c.name, ...langOf(ctx, 'component', c.id, 'name') }] : [];
  });
}

function incidentView(doc: StoreDocument, id: string, ctx: ViewContext): IncidentPageView | null {
  const i = doc.incidents.find((x) => x.id === id);
  if (!i) return null;
  const { locale } = ctx;
  const endedAt = isIncidentOpen(i) ? null : (i.resolvedAt ?? i.updatedAt);
  return {
    kind: 'incident',
    id: i.id,
    name: i.name,
    ...nameLang(ctx, 'incident', i.id),
    status: i.status,
    statusLabel: t(locale, `status.incident.${i.status}`),
    open: endedAt === null,
    impact: i.impact,
    impactLabel: t(locale, `status.impact.${i.impact}`),
    startedText: timeText(i.startedAt, ctx),
    endedText: endedAt === null ? null : timeText(endedAt, ctx),
    durationText:
      endedAt === null ? null : formatDuration(Date.parse(endedAt) - Date.parse(i.startedAt), ctx.locale),
    windowText: null,
    emergencyReason: null,
    postmortemHtml: i.postmortem ? renderMarkdown(i.postmortem) : null,
    components: componentsNamed(doc, i.componentIds, ctx),
    timeline: i.updates
      .map((u) =>
        item(u, t(locale, `status.incident.${asIncidentStatus(u.status)}`), renderMarkdown(u.body), ctx),
      )
      .sort(newestFirst),
  };
}

function asIncidentStatus(
  status: string,
): 'investigating' | 'identified' | 'monitoring' | 'resolved' | 'postmortem' {
  return status === 'identified' ||
    status === 'monitoring' ||
    status === 'resolved' ||
    status === 'postmortem'
    ? status
    : 'investigating';
}

function maintenanceLabel(locale: Locale, status: string): string {
  if (
    status === 'in_progress' ||
    status === 'verifying' ||
    status === 'completed' ||
    status === 'scheduled'
  ) {
    return t(locale, `status.maintenance.${status}`);
  }
  return status === 'cancelled' ? t(locale, 'calendar.status.cancelled') : status;
}

function maintenanceView(doc: StoreDocument, id: string, ctx: ViewContext): IncidentPageView | null {
  const m = doc.maintenances.find((x) => x.id === id);
  if (!m) return null;
  const { locale } = ctx;
  const state = maintenanceStatus(m, ctx.now);
  const timeline = maintenanceTimeline({ ...m, state }).map((e) => {
    const automatic =
      e.kind === 'automatic' &&
      (e.update.status === 'in_progress' ||
        e.update.status === 'verifying' ||
        e.update.status === 'completed')
        ? t(locale, `feeds.automatic.${e.update.status}`)
        : null;
    const html = renderMarkdown(automatic ?? e.update.body);
    return item(e.update, maintenanceLabel(locale, e.update.status), html, ctx, automatic !== null);
  });
  if (m.cancelledAt !== null) {
    timeline.push({
      id: `${m.id}-cancelled`,
      status: 'cancelled',
      statusLabel: maintenanceLabel(locale, 'cancelled'),
      at: m.cancelledAt,
      atText: timeText(m.cancelledAt, ctx),
      html: renderMarkdown(t(locale, 'feeds.cancelled')),
      changes: [],
    });
  }
  const endedAt =
    m.cancelledAt ??
    (state === 'completed'
      ? m.manualStatus === 'completed' && m.manualStatusAt
        ? m.manualStatusAt
        : m.scheduledUntil
      : null);
  return {
    kind: 'maintenance',
    id: m.id,
    name: m.name,
    ...nameLang(ctx, 'maintenance', m.id),
    status: state,
    statusLabel: maintenanceLabel(locale, state),
    open: state === 'scheduled' || state === 'in_progress' || state === 'verifying',
    impact: 'maintenance',
    impactLabel: m.emergency ? t(locale, 'status.emergency') : t(locale, 'feeds.maintenance'),
    startedText: timeText(m.scheduledFor, ctx),
    endedText: endedAt === null ? null : timeText(endedAt, ctx),
    durationText: null,
    windowText: t(locale, 'feeds.window', {
      start: timeText(m.scheduledFor, ctx),
      end: timeText(m.scheduledUntil, ctx),
    }),
    emergencyReason: m.emergency?.reason ?? null,
    postmortemHtml: null,
    components: componentsNamed(doc, m.componentIds, ctx),
    timeline: timeline.sort(newestFirst),
  };
}

/** The page of one incident or maintenance (Statuspage serves both under /incidents/{id}); null when unknown. */
export function incidentPageView(doc: StoreDocument, id: string, ctx: ViewContext): IncidentPageView | null {
  return incidentView(doc, id, ctx) ?? maintenanceView(doc, id, ctx);
}
