import type { ComponentChange, Incident, IncidentUpdate, StoreDocument } from '@/lib/store/schema';
import type { ComponentView, GroupView, MaintenanceView, PageState } from '@/lib/status/state';
import { maintenanceTimeline, newestFirst } from '@/lib/status/maintenance-timeline';
import type { Indicator } from '@/lib/core/vocab';
import type {
  SpAffectedComponent,
  SpComponent,
  SpIncident,
  SpIncidentUpdate,
  SpMaintenance,
  SpPage,
  SpStatus,
} from '@/lib/formats/statuspage-types';

/**
 * Domain → Atlassian Statuspage v2 public JSON. Keys are written in the order Statuspage writes them,
 * so that clients (and people diffing against a real page) see the same documents.
 */

const iso = (value: string): string => new Date(value).toISOString();

const indicatorText: Record<Indicator, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
  maintenance: 'Service Under Maintenance',
};

/** Statuspage's indicator has no `maintenance`: strict clients reject it, so it reads `none` and the description says why. */
export function toStatuspageStatus(indicator: Indicator): SpStatus {
  return {
    indicator: indicator === 'maintenance' ? 'none' : indicator,
    description: indicatorText[indicator],
  };
}

export function toPage(doc: StoreDocument): SpPage {
  const { page } = doc;
  return {
    id: page.id,
    name: page.name,
    url: page.url,
    time_zone: page.timeZone,
    updated_at: iso(doc.updatedAt),
  };
}

export function incidentUrl(doc: StoreDocument, id: string): string {
  return `${doc.page.url.replace(/\/+$/, '')}/incidents/${encodeURIComponent(id)}`;
}

function toComponent(doc: StoreDocument, c: ComponentView, groupIds: ReadonlySet<string>): SpComponent {
  return {
    id: c.id,
    name: c.name,
    status: c.effectiveStatus,
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
    position: c.position,
    description: c.description,
    showcase: c.showcase,
    start_date: c.startDate,
    group_id: c.groupId !== null && groupIds.has(c.groupId) ? c.groupId : null,
    page_id: doc.page.id,
    group: false,
    only_show_if_degraded: c.onlyShowIfDegraded,
  };
}

function toGroupComponent(doc: StoreDocument, g: GroupView): SpComponent {
  return {
    id: g.id,
    name: g.name,
    status: g.status,
    created_at: iso(g.createdAt),
    updated_at: iso(g.updatedAt),
    position: g.position,
    description: g.description,
    showcase: false,
    start_date: null,
    group_id: null,
    page_id: doc.page.id,
    group: true,
    only_show_if_degraded: false,
    components: g.components.map((c) => c.id),
  };
}

/** Every component in display order: top-level items by position, each group followed by its members. */
export function toComponents(doc: StoreDocument, state: PageState): SpComponent[] {
  const groupIds = new Set(state.groups.map((g) => g.id));
  const top: { position: number; items: SpComponent[] }[] = [
    ...state.groups.map((g) => ({
      position: g.position,
      items: [toGroupComponent(doc, g), ...g.components.map((c) => toComponent(doc, c, groupIds))],
    })),
    ...state.ungrouped.map((c) => ({ position: c.position, items: [toComponent(doc, c, groupIds)] })),
  ];
  return top.sort((a, b) => a.position - b.position).flatMap((t) => t.items);
}

function toAffected(changes: readonly ComponentChange[]): SpAffectedComponent[] | null {
  if (changes.length === 0) return null;
  return changes.map((c) => ({ code: c.id, name: c.name, old_status: c.oldStatus, new_status: c.newStatus }));
}

function toUpdate(parentId: string, u: IncidentUpdate): SpIncidentUpdate {
  return {
    id: u.id,
    status: u.status,
    body: u.body,
    incident_id: parentId,
    created_at: iso(u.createdAt),
    updated_at: iso(u.updatedAt),
    display_at: iso(u.displayAt),
    affected_components: toAffected(u.affectedComponents),
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  };
}

function componentsOf(ids: readonly string[], all: readonly SpComponent[]): SpComponent[] {
  const byId = new Map(all.filter((c) => !c.group).map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function toIncident(
  doc: StoreDocument,
  incident: Incident,
  components: readonly SpComponent[],
): SpIncident {
  return {
    id: incident.id,
    name: incident.name,
    status: incident.status,
    created_at: iso(incident.createdAt),
    updated_at: iso(incident.updatedAt),
    monitoring_at: incident.monitoringAt && iso(incident.monitoringAt),
    resolved_at: incident.resolvedAt && iso(incident.resolvedAt),
    impact: incident.impact,
    shortlink: incidentUrl(doc, incident.id),
    started_at: iso(incident.startedAt),
    page_id: doc.page.id,
    incident_updates: [...incident.updates].sort(newestFirst).map((u) => toUpdate(incident.id, u)),
    components: componentsOf(incident.componentIds, components),
  };
}

/** Cancelled maintenances have no Statuspage status; the v2 API leaves them out (our pages still show them). */
export function toMaintenance(
  doc: StoreDocument,
  m: MaintenanceView,
  components: readonly SpComponent[],
): SpMaintenance | null {
  if (m.state === 'cancelled') return null;
  const timeline = maintenanceTimeline(m);
  const inProgressAt = m.state === 'scheduled' ? null : iso(m.scheduledFor);
  const verifying = timeline.find((e) => e.update.status === 'verifying');
  const completed =
    m.state === 'completed' ? timeline.find((e) => e.update.status === 'completed') : undefined;
  const latest = timeline[0]?.update.createdAt ?? m.updatedAt;
  return {
    id: m.id,
    name: m.name,
    status: m.state,
    created_at: iso(m.createdAt),
    updated_at: iso(Date.parse(latest) > Date.parse(m.updatedAt) ? latest : m.updatedAt),
    monitoring_at: verifying ? iso(verifying.update.displayAt) : null,
    resolved_at: completed ? iso(completed.update.displayAt) : null,
    impact: 'maintenance',
    shortlink: incidentUrl(doc, m.id),
    started_at: inProgressAt ?? iso(m.createdAt),
    page_id: doc.page.id,
    incident_updates: timeline.map((e) => toUpdate(m.id, e.update)),
    components: componentsOf(m.componentIds, components),
    scheduled_for: iso(m.scheduledFor),
    scheduled_until: iso(m.scheduledUntil),
  };
}
