/**
 * The maintenance calendar as an RFC 5545 feed (GET /api/v1/calendar.ics): one recurring VEVENT per rule with a
 * VTIMEZONE for its zone, explicit overrides where DST makes RRULE arithmetic differ from ours, and one VEVENT per
 * announced maintenance. The series are bounded (RRULE UNTIL) at a horizon; subscribers re-read the feed.
 */
import { escapeIcsText, foldIcsLine } from '@/lib/formats/ics-text';
import type { Maintenance, OccurrenceOverride, ScheduleRule } from '@/lib/store/schema';
import { icsSeries, type IcsOccurrenceOverride, type IcsSeries } from '@/lib/schedule/ics-series';
import { DAY_MS } from '@/lib/schedule/local-date';
import { indexRules } from '@/lib/schedule/recurrence';
import { formatIcsOffset, icsUtcDateTime } from '@/lib/schedule/ics-values';
import { zoneObservances } from '@/lib/schedule/vtimezone';

export interface IcsText {
  summary: string;
  description: string;
}

export interface BuildIcsInput {
  rules: readonly ScheduleRule[];
  maintenances: readonly Maintenance[];
  overrides: readonly OccurrenceOverride[];
  pageName: string;
  pageUrl: string;
  now: Date;
  /** Localised summary and description of a rule; null/undefined falls back to the stored texts. */
  translate?: (ruleId: string) => IcsText | null | undefined;
  /** X-WR-TIMEZONE, the page's zone; default the first rule's zone. */
  timeZone?: string;
  /** How far ahead series run; default 730 days (two years). */
  horizonDays?: number;
  /** Words used in maintenance descriptions and categories; default English. */
  labels?: { emergency: string; reserved: string; maintenance: string };
}

const ICS_HORIZON_DAYS = 730;
const defaultLabels = { emergency: 'Emergency', reserved: 'Reserved', maintenance: 'Maintenance' };

function durationValue(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

function tzParam(zone: string): string {
  return /[;:,"]/.test(zone) ? `TZID="${zone.replace(/"/g, '')}"` : `TZID=${zone}`;
}

function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  for (const o of zoneObservances(zone, fromYear, toYear)) {
    lines.push(
      `BEGIN:${o.kind}`,
      `TZOFFSETFROM:${formatIcsOffset(o.offsetFrom)}`,
      `TZOFFSETTO:${formatIcsOffset(o.offsetTo)}`,
      `DTSTART:${o.dtstart}`,
    );
    if (o.rrule) lines.push(`RRULE:${o.rrule}`);
    if (o.rdates.length > 0) lines.push(`RDATE:${o.rdates.join(',')}`);
    lines.push(`END:${o.kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

interface Context {
  host: string;
  stamp: string;
  url: string;
  labels: typeof defaultLabels;
  translate: BuildIcsInput['translate'];
}

function ruleText(rule: ScheduleRule, context: Context): IcsText {
  const description = [rule.description, rule.impact].filter((part) => part.trim() !== '').join('\n\n');
  return context.translate?.(rule.id) ?? { summary: rule.title, description };
}

function ruleCommon(rule: ScheduleRule, context: Context, note: string | null): string[] {
  const text = ruleText(rule, context);
  const reserved = rule.status === 'reserved';
  const categories = [context.labels.maintenance, ...(reserved ? [context.labels.reserved] : [])].map(
    escapeIcsText,
  );
  return [
    `UID:${rule.id}@${context.host}`,
    `DTSTAMP:${context.stamp}`,
    `LAST-MODIFIED:${icsUtcDateTime(rule.updatedAt)}`,
    `SUMMARY:${escapeIcsText(text.summary)}`,
    `DESCRIPTION:${escapeIcsText(note ? `${text.description}\n\n${note}` : text.description)}`,
    `STATUS:${reserved ? 'TENTATIVE' : 'CONFIRMED'}`,
    `TRANSP:${reserved ? 'TRANSPARENT' : 'OPAQUE'}`,
    `CATEGORIES:${categories.join(',')}`,
    `URL:${context.url}`,
  ];
}

function seriesEvent(series: IcsSeries, context: Context): string[] {
  const tz = tzParam(series.rule.zone);
  const lines = [
    'BEGIN:VEVENT',
    ...ruleCommon(series.rule, context, null),
    `DTSTART;${tz}:${series.dtstart}`,
  ];
  lines.push(
    series.dtend ? `DTEND;${tz}:${series.dtend}` : `DURATION:${durationValue(series.durationMinutes)}`,
  );
  if (series.rrule) lines.push(`RRULE:${series.rrule}`);
  if (series.rdates.length > 0) lines.push(`RDATE;${tz}:${series.rdates.join(',')}`);
  for (const exdate of series.exdates) lines.push(`EXDATE;${tz}:${exdate}`);
  lines.push('END:VEVENT');
  return lines;
}

function overrideEvent(series: IcsSeries, override: IcsOccurrenceOverride, context: Context): string[] {
  return [
    'BEGIN:VEVENT',
    ...ruleCommon(series.rule, context, override.note),
    `RECURRENCE-ID;${tzParam(series.rule.zone)}:${override.recurrenceId}`,
    `DTSTART:${icsUtcDateTime(override.start)}`,
    `DTEND:${icsUtcDateTime(override.end)}`,
    'END:VEVENT',
  ];
}

function maintenanceEvent(m: Maintenance, context: Context): string[] {
  const cancelled = m.cancelledAt !== null;
  const description = m.emergency
    ? `${m.body}\n\n${context.labels.emergency}: ${m.emergency.reason}`.trim()
    : m.body;
  const categories = [context.labels.maintenance, ...(m.emergency ? [context.labels.emergency] : [])].map(
    escapeIcsText,
  );
  return [
    'BEGIN:VEVENT',
    `UID:maintenance-${m.id}@${context.host}`,
    `DTSTAMP:${context.stamp}`,
    `CREATED:${icsUtcDateTime(m.createdAt)}`,
    `LAST-MODIFIED:${icsUtcDateTime(m.updatedAt)}`,
    `SEQUENCE:${m.sequence ?? (cancelled ? 1 : 0)}`,
    `DTSTART:${icsUtcDateTime(m.scheduledFor)}`,
    `DTEND:${icsUtcDateTime(m.scheduledUntil)}`,
    `SUMMARY:${escapeIcsText(m.name)}`,
    ...(description ? [`DESCRIPTION:${escapeIcsText(description)}`] : []),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    `CATEGORIES:${categories.join(',')}`,
    `URL:${context.url}`,
    'END:VEVENT',
  ];
}

/** The whole feed as one string of CRLF-terminated, folded content lines. */
export function buildIcs(input: BuildIcsInput): string {
  const horizonEnd = new Date(input.now.getTime() + (input.horizonDays ?? ICS_HORIZON_DAYS) * DAY_MS);
  const base = new URL(input.pageUrl);
  const context: Context = {
    host: base.hostname,
    stamp: icsUtcDateTime(input.now),
    url: new URL('/calendar', base).toString(),
    labels: input.labels ?? defaultLabels,
    translate: input.translate,
  };
  const rulesById = indexRules(input.rules);
  const series = input.rules.flatMap((rule) => icsSeries(rule, rulesById, input, horizonEnd) ?? []);
  const zones = new Map<string, number>();
  for (const s of series)
    zones.set(s.rule.zone, Math.min(zones.get(s.rule.zone) ?? Infinity, Number(s.dtstart.slice(0, 4))));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${context.host}//Maintenance calendar//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(input.pageName)}`,
    `X-WR-TIMEZONE:${input.timeZone ?? input.rules[0]?.zone ?? 'UTC'}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...[...zones]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([zone, fromYear]) => vtimezone(zone, fromYear, horizonEnd.getUTCFullYear() + 1)),
    ...series.flatMap((s) => [
      ...seriesEvent(s, context),
      ...s.overrides.flatMap((o) => overrideEvent(s, o, context)),
    ]),
    ...input.maintenances
      .filter((m) => Date.parse(m.scheduledFor) < horizonEnd.getTime())
      .flatMap((m) => maintenanceEvent(m, context)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
