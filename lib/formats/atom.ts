import { renderMarkdown } from '@/lib/formats/markdown';
import { formatDateTime, formatOffset } from '@/lib/i18n/format';
import { htmlLang } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/core/locales';
import { t } from '@/lib/i18n/messages';
import type { LocaleLike } from '@/lib/i18n/negotiate';
import { incidentUrl } from '@/lib/formats/statuspage';
import { maintenanceTimeline } from '@/lib/status/maintenance-timeline';
import type { IncidentUpdate, StoreDocument } from '@/lib/store/schema';
import { maintenanceStatus } from '@/lib/status/state';
import { componentStatuses, incidentStatuses, isOneOf, maintenanceStatuses } from '@/lib/core/vocab';

/** `/history.atom`: an RFC 4287 feed with one entry per incident or maintenance, its updates inside, newest first. */

const ATOM_ENTRY_LIMIT = 100;

/** The words a feed needs, in the reader's language. */
export interface FeedText {
  /** BCP-47 language of the text, for xml:lang. */
  lang: string;
  title: string;
  subtitle: string;
  entryTitle: (kind: 'incident' | 'maintenance', name: string) => string;
  /** The label of an incident, maintenance or component status ('identified', 'in_progress', …). */
  status: (status: string) => string;
  /** A time as readers of this feed should see it, with its UTC offset. */
  time: (instant: Date) => string;
  cancelled: string;
  /** What the clock's own maintenance transitions say. */
  automatic: (status: string) => string | null;
  window: (start: string, end: string) => string;
  emergency: (reason: string) => string;
  affected: (names: string) => string;
}

function statusLabel(locale: Locale, status: string): string {
  if (isOneOf(incidentStatuses, status)) return t(locale, `status.incident.${status}`);
  if (isOneOf(maintenanceStatuses, status)) return t(locale, `status.maintenance.${status}`);
  if (isOneOf(componentStatuses, status)) return t(locale, `status.component.${status}`);
  if (status === 'cancelled') return t(locale, 'calendar.status.cancelled');
  return status;
}

/** The feed's words in one language; times in the page's zone with their offset, formatted for `formatLocale`. */
export function feedText(
  locale: Locale,
  pageName: string,
  zone: string,
  formatLocale: LocaleLike = locale,
): FeedText {
  return {
    lang: htmlLang(locale),
    title: t(locale, 'feeds.title', { page: pageName }),
    subtitle: t(locale, 'feeds.subtitle', { page: pageName }),
    entryTitle: (kind, name) => t(locale, 'feeds.entryTitle', { kind: t(locale, `feeds.${kind}`), name }),
    status: (s) => statusLabel(locale, s),
    time: (d) => `${formatDateTime(d, zone, formatLocale)} (${formatOffset(d, zone)})`,
    cancelled: t(locale, 'feeds.cancelled'),
    automatic: (s) =>
      s === 'in_progress' || s === 'verifying' || s === 'completed'
        ? t(locale, `feeds.automatic.${s}`)
        : null,
    window: (start, end) => t(locale, 'feeds.window', { start, end }),
    emergency: (reason) => t(locale, 'feeds.emergency', { reason }),
    affected: (names) => t(locale, 'feeds.affected', { components: names }),
  };
}

const xmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
// XML 1.0 forbids most C0 controls even as references; they cannot be in a feed at all.
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const forbiddenXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(forbiddenXml, '').replace(/[&<>"']/g, (c) => xmlEscapes[c] ?? c);
}

interface FeedUpdate {
  status: string;
  at: string;
  html: string;
}

interface FeedEntry {
  id: string;
  title: string;
  published: string;
  updated: string;
  url: string;
  updates: FeedUpdate[];
  preamble: string[];
}

const newestFirst = (a: { at: string }, b: { at: string }) => Date.parse(b.at) - Date.parse(a.at);

function updateHtml(u: IncidentUpdate, text: FeedText): string {
  const names = u.affectedComponents.map((c) => `${c.name}: ${text.status(c.newStatus)}`).join(', ');
  return renderMarkdown(u.body) + (names ? `<p><small>${escapeXml(text.affected(names))}</small></p>` : '');
}

function entries(doc: StoreDocument, now: Date, text: FeedText): FeedEntry[] {
  const incidents = doc.incidents.map((i): FeedEntry => {
    const updates = i.updates
      .map((u) => ({ status: u.status, at: u.displayAt, html: updateHtml(u, text) }))
      .sort(newestFirst);
    return {
      id: i.id,
      title: text.entryTitle('incident', i.name),
      published: i.startedAt,
      updated: [i.updatedAt, ...updates.map((u) => u.at)].sort().at(-1) ?? i.updatedAt,
      url: incidentUrl(doc, i.id),
      updates,
      preamble: [],
    };
  });
  const maintenances = doc.maintenances.map((m): FeedEntry => {
    const state = maintenanceStatus(m, now);
    const timeline = maintenanceTimeline({ ...m, state }).map((e) => {
      const automatic = e.kind === 'automatic' ? text.automatic(e.update.status) : null;
      const html = automatic === null ? updateHtml(e.update, text) : `<p>${escapeXml(automatic)}</p>`;
      return { status: e.update.status, at: e.update.displayAt, html };
    });
    if (m.cancelledAt !== null)
      timeline.push({ status: 'cancelled', at: m.cancelledAt, html: `<p>${escapeXml(text.cancelled)}</p>` });
    const updates = timeline.sort(newestFirst);
    return {
      id: m.id,
      title: text.entryTitle('maintenance', m.name),
      published: m.createdAt,
      updated: [m.updatedAt, ...updates.map((u) => u.at)].sort().at(-1) ?? m.updatedAt,
      url: incidentUrl(doc, m.id),
      updates,
      preamble: [
        text.window(text.time(new Date(m.scheduledFor)), text.time(new Date(m.scheduledUntil))),
        ...(m.emergency ? [text.emergency(m.emergency.reason)] : []),
      ],
    };
  });
  return [...incidents, ...maintenances]
    .sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.id.localeCompare(b.id))
    .slice(0, ATOM_ENTRY_LIMIT);
}

function entryContent(e: FeedEntry, text: FeedText): string {
  const parts = e.updates.map(
    (u) =>
      `<p><small>${escapeXml(text.time(new Date(u.at)))}</small><br><strong>${escapeXml(text.status(u.status))}</strong></p>${u.html}`,
  );
  parts.unshift(...e.preamble.map((p) => `<p>${escapeXml(p)}</p>`));
  return parts.join('\n');
}

function tagUri(doc: StoreDocument, kind: string, id: string): string {
  const host = new URL(doc.page.url).host;
  return `tag:${host},${doc.page.createdAt.slice(0, 10)}:${kind}/${encodeURIComponent(id)}`;
}

/** The whole feed as a UTF-8 XML string. Deterministic for one document and one instant, so its ETag is stable. */
export function buildAtomFeed(
  doc: StoreDocument,
  now: Date,
  text: FeedText = feedText('en', doc.page.name, doc.page.timeZone),
): string {
  const base = doc.page.url.replace(/\/+$/, '');
  const list = entries(doc, now, text);
  const feedUpdated = new Date(list[0]?.updated ?? doc.updatedAt).toISOString();
  const xmlEntries = list.map(
    (e) => `  <entry>
    <id>${escapeXml(tagUri(doc, 'entry', e.id))}</id>
    <title type="text">${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <published>${new Date(e.published).toISOString()}</published>
    <updated>${new Date(e.updated).toISOString()}</updated>
    <content type="html">${escapeXml(entryContent(e, text))}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(text.lang)}">
  <id>${escapeXml(tagUri(doc, 'feed', 'history'))}</id>
  <title type="text">${escapeXml(text.title)}</title>
  <subtitle type="text">${escapeXml(text.subtitle)}</subtitle>
  <updated>${feedUpdated}</updated>
  <link rel="alternate" type="text/html" href="${escapeXml(`${base}/history`)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${base}/history.atom`)}"/>
  <author><name>${escapeXml(doc.page.name)}</name><uri>${escapeXml(base)}</uri></author>
  <generator>${escapeXml(doc.page.name)} status page</generator>
${xmlEntries.join('\n')}
</feed>
`;
}
