import { addDays } from '@/lib/schedule/local-date';
import { startOfLocalDay, toLocalDate } from '@/lib/schedule/zone';
import type { Component, Incident, StoreDocument } from '@/lib/store/schema';
import { isIncidentOpen, maintenanceStatus, worstComponentStatus } from '@/lib/status/state';
import type { ComponentStatus, Impact } from '@/lib/core/vocab';

/**
 * Uptime per component from the incident timeline: each update's affected components (old → new, at the
 * update's time) give each incident's status for each component; overlapping incidents count by the worst.
 * Days are calendar days in the page's zone (23 or 25 hours across DST changes).
 */

const UPTIME_DAYS = 90;
/** Share of time that counts as down: a major outage fully, a partial outage 30 %, degraded performance not at all. */
const DOWNTIME_WEIGHT: Record<ComponentStatus, number> = {
  operational: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
  under_maintenance: 0,
};

export type DayStatus = ComponentStatus | 'no_data';

export interface DayIncident {
  id: string;
  name: string;
  impact: Impact;
}

export interface UptimeDay {
  /** The local date in the page's zone, 'YYYY-MM-DD'. */
  date: string;
  /** The worst status the component had that day; `no_data` before the component existed or after now. */
  status: DayStatus;
  /** Percentage (0–100) of the day's counted time the component was up, or null when nothing counts. */
  uptime: number | null;
  /** Minutes of major and partial outage that day (unweighted). */
  majorOutageMinutes: number;
  partialOutageMinutes: number;
  incidents: DayIncident[];
}

export interface ComponentUptime {
  id: string;
  name: string;
  /** Percentage over the period, or null when no time counts (the component did not exist yet). */
  uptime: number | null;
  days: UptimeDay[];
}

export interface UptimeReport {
  timeZone: string;
  /** First and last local dates of the period, inclusive. */
  from: string;
  to: string;
  components: ComponentUptime[];
}

interface Span {
  start: number;
  end: number;
  status: ComponentStatus;
  incidentId: string | null;
}

/** Adds days to a 'YYYY-MM-DD' date on the plain calendar. */
/** Each incident's status for one component over time: from each update that names it until the next, or the incident's end. */
export function incidentSpans(incident: Incident, componentId: string, now: number): Span[] {
  const changes = incident.updates
    .flatMap((u) =>
      u.affectedComponents
        .filter((c) => c.id === componentId)
        .map((c) => ({ at: Date.parse(u.displayAt), to: c.newStatus })),
    )
    .sort((a, b) => a.at - b.at);
  const end = isIncidentOpen(incident) ? now : Date.parse(incident.resolvedAt ?? incident.updatedAt);
  const spans: Span[] = [];
  changes.forEach((c, i) => {
    const next = changes[i + 1]?.at ?? end;
    const stop = Math.min(next, end);
    if (stop > c.at && c.to !== 'operational')
      spans.push({ start: c.at, end: stop, status: c.to, incidentId: incident.id });
  });
  return spans;
}

function maintenanceSpans(doc: StoreDocument, componentId: string, now: Date): Span[] {
  return doc.maintenances.flatMap((m) => {
    if (!m.componentIds.includes(componentId) || maintenanceStatus(m, now) === 'cancelled') return [];
    const endedEarly =
      m.manualStatus === 'completed' && m.manualStatusAt !== null ? Date.parse(m.manualStatusAt) : Infinity;
    const start = Date.parse(m.scheduledFor);
    const end = Math.min(Date.parse(m.scheduledUntil), endedEarly, now.getTime());
    return end > start ? [{ start, end, status: 'under_maintenance' as const, incidentId: null }] : [];
  });
}

/** Splits [from, to) at every span edge and gives each piece the worst status of the spans covering it. */
function worstOver(
  spans: readonly Span[],
  from: number,
  to: number,
): { start: number; end: number; status: ComponentStatus }[] {
  const cuts = new Set<number>([from, to]);
  for (const s of spans) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const pieces: { start: number; end: number; status: ComponentStatus }[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i] as number;
    const end = edges[i + 1] as number;
    const covering = spans.filter((s) => s.start < end && s.end > start).map((s) => s.status);
    pieces.push({ start, end, status: worstComponentStatus(covering) });
  }
  return pieces;
}

const MINUTE = 60_000;
// Rounds down (to 1/10,000 of a percent), so a little downtime never shows as 100 %.
const round = (x: number) => Math.floor(x * 10_000 + 1e-6) / 10_000;

function componentStart(c: Component, zone: string): number {
  return c.startDate !== null ? startOfLocalDay(c.startDate, zone).getTime() : Date.parse(c.createdAt);
}

function dayIncidents(
  doc: StoreDocument,
  componentId: string,
  from: number,
  to: number,
  now: number,
): DayIncident[] {
  return doc.incidents
    .filter(
      (i) =>
        i.componentIds.includes(componentId) ||
        i.updates.some((u) => u.affectedComponents.some((c) => c.id === componentId)),
    )
    .filter((i) => {
      const start = Date.parse(i.startedAt);
      const end = isIncidentOpen(i) ? now : Date.parse(i.resolvedAt ?? i.updatedAt);
      return start < to && Math.max(end, start + 1) > from;
    })
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))
    .map((i) => ({ id: i.id, name: i.name, impact: i.impact }));
}

interface Totals {
  counted: number;
  down: number;
}

function uptimeDay(
  doc: StoreDocument,
  c: Component,
  spans: readonly Span[],
  date: string,
  zone: string,
  now: number,
  totals: Totals,
): UptimeDay {
  const dayStart = startOfLocalDay(date, zone).getTime();
  const dayEnd = startOfLocalDay(addDays(date, 1), zone).getTime();
  const from = Math.max(dayStart, componentStart(c, zone));
  const to = Math.min(dayEnd, now);
  const incidents = dayIncidents(doc, c.id, dayStart, dayEnd, now);
  if (to <= from) {
    return {
      date,
      status: 'no_data',
      uptime: null,
      majorOutageMinutes: 0,
      partialOutageMinutes: 0,
      incidents,
    };
  }
  const pieces = worstOver(spans, from, to);
  let counted = 0;
  let down = 0;
  let major = 0;
  let partial = 0;
  for (const p of pieces) {
    const length = p.end - p.start;
    if (p.status === 'under_maintenance') continue;
    counted += length;
    down += length * DOWNTIME_WEIGHT[p.status];
    if (p.status === 'major_outage') major += length;
    if (p.status === 'partial_outage') partial += length;
  }
  totals.counted += counted;
  totals.down += down;
  return {
    date,
    status: worstComponentStatus(pieces.map((p) => p.status)),
    uptime: counted > 0 ? round(100 * (1 - down / counted)) : null,
    majorOutageMinutes: Math.round(major / MINUTE),
    partialOutageMinutes: Math.round(partial / MINUTE),
    incidents,
  };
}

export function componentUptime(
  doc: StoreDocument,
  c: Component,
  now: Date,
  zone: string,
  days = UPTIME_DAYS,
): ComponentUptime {
  const t = now.getTime();
  const spans = [
    ...doc.incidents.flatMap((i) => incidentSpans(i, c.id, t)),
    ...maintenanceSpans(doc, c.id, now),
  ];
  const today = toLocalDate(now, zone);
  const totals: Totals = { counted: 0, down: 0 };
  const list: UptimeDay[] = [];
  for (let i = days - 1; i >= 0; i--)
    list.push(uptimeDay(doc, c, spans, addDays(today, -i), zone, t, totals));
  return {
    id: c.id,
    name: c.name,
    uptime: totals.counted > 0 ? round(100 * (1 - totals.down / totals.counted)) : null,
    days: list,
  };
}

/** The last `days` local days (today included, up to now) for every component, in position order. */
export function uptimeReport(doc: StoreDocument, now: Date, days = UPTIME_DAYS): UptimeReport {
  const zone = doc.page.timeZone;
  const today = toLocalDate(now, zone);
  const components = [...doc.components]
    .sort((a, b) => a.position - b.position)
    .map((c) => componentUptime(doc, c, now, zone, days));
  return { timeZone: zone, from: addDays(today, -(days - 1)), to: today, components };
}
