import type { ComponentChange, Incident, IncidentUpdate, StoreDocument } from '@/lib/store/schema';
import {
  derivePageState,
  isIncidentOpen,
  type ComponentView,
  type GroupView,
  type MaintenanceView,
  type PageState,
} from '@/lib/status/state';
import { maintenanceTimeline, newestFirst } from '@/lib/status/maintenance-timeline';
import type { ComponentStatus, Indicator } from '@/lib/core/vocab';

/**
 * Domain → Atlassian Statuspage v2 public JSON. Keys are written in the order Statuspage writes them,
 * so that clients (and people diffing against a real page) see the same documents.
 */

export type StatuspageIndicator = 'none' | 'minor' | 'major' | 'critical';
export type StatuspageImpact = 'none' | 'minor' | 'major' | 'critical' | 'maintenance';
export type StatuspageMaintenanceStatus = 'scheduled' | 'in_progress' | 'verifying' | 'completed';

export interface SpPage {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

export interface SpStatus {
  indicator: StatuspageIndicator;
  description: string;
}

export interface SpComponent {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  /** Only on group components: the ids of their members. */
  components?: string[];
}

export interface SpAffectedComponent {
  code: string;
  name: string;
  old_status: ComponentStatus;
  new_status: ComponentStatus;
}

export interface SpIncidentUpdate {
  id: string;
  status: string;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: SpAffectedComponent[] | null;
  deliver_notifications: boolean;
  custom_tweet: string | null;
  tweet_id: string | null;
}

export interface SpIncident {
  id: string;
  name: string;
  status: string;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: StatuspageImpact;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: SpIncidentUpdate[];
  components: SpComponent[];
}

export interface SpMaintenance extends SpIncident {
  status: StatuspageMaintenanceStatus;
  scheduled_for: string;
  scheduled_until: string;
}

export interface SpSummary {
  page: SpPage;
  components: SpComponent[];
  incidents: SpIncident[];
  scheduled_maintenances: SpMaintenance[];
  status: SpStatus;
}

/** Statuspage lists at most this many incidents or maintenances in its "all" endpoints. */
const STATUSPAGE_LIST_LIMIT = 50;

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

function toPage(doc: StoreDocument): SpPage {
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
function toComponents(doc: StoreDocument, state: PageState): SpComponent[] {
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

/** The v2 documents, computed once from one document and one instant so they always agree with each other. */
export class StatuspageView {
  readonly state: PageState;
  readonly page: SpPage;
  readonly components: SpComponent[];

  constructor(
    private readonly doc: StoreDocument,
    now: Date,
  ) {
    this.state = derivePageState(doc, now);
    this.page = toPage(doc);
    this.components = toComponents(doc, this.state);
  }

  private incidents(list: readonly Incident[]): SpIncident[] {
    return list.map((i) => toIncident(this.doc, i, this.components));
  }

  private maintenances(list: readonly MaintenanceView[]): SpMaintenance[] {
    return list.flatMap((m) => toMaintenance(this.doc, m, this.components) ?? []);
  }

  status(): { page: SpPage; status: SpStatus } {
    return { page: this.page, status: toStatuspageStatus(this.state.indicator) };
  }

  componentsDocument(): { page: SpPage; components: SpComponent[] } {
    return { page: this.page, components: this.components };
  }

  allIncidents(): { page: SpPage; incidents: SpIncident[] } {
    const recent = [...this.doc.incidents]
      .sort(
        (a, b) =>
          Date.parse(b.startedAt) - Date.parse(a.startedAt) ||
          Date.parse(b.createdAt) - Date.parse(a.createdAt),
      )
      .slice(0, STATUSPAGE_LIST_LIMIT);
    return { page: this.page, incidents: this.incidents(recent) };
  }

  unresolvedIncidents(): { page: SpPage; incidents: SpIncident[] } {
    return { page: this.page, incidents: this.incidents(this.state.openIncidents.filter(isIncidentOpen)) };
  }

  allMaintenances(): { page: SpPage; scheduled_maintenances: SpMaintenance[] } {
    const recent = this.state.maintenances
      .filter((m) => m.state !== 'cancelled')
      .sort((a, b) => Date.parse(b.scheduledFor) - Date.parse(a.scheduledFor))
      .slice(0, STATUSPAGE_LIST_LIMIT);
    return { page: this.page, scheduled_maintenances: this.maintenances(recent) };
  }

  upcomingMaintenances(): { page: SpPage; scheduled_maintenances: SpMaintenance[] } {
    return { page: this.page, scheduled_maintenances: this.maintenances(this.state.upcomingMaintenances) };
  }

  activeMaintenances(): { page: SpPage; scheduled_maintenances: SpMaintenance[] } {
    const active = [...this.state.activeMaintenances].sort(
      (a, b) => Date.parse(a.scheduledFor) - Date.parse(b.scheduledFor),
    );
    return { page: this.page, scheduled_maintenances: this.maintenances(active) };
  }

  summary(): SpSummary {
    return {
      page: this.page,
      components: this.components,
      incidents: this.unresolvedIncidents().incidents,
      scheduled_maintenances: [
        ...this.activeMaintenances().scheduled_maintenances,
        ...this.upcomingMaintenances().scheduled_maintenances,
      ],
      status: toStatuspageStatus(this.state.indicator),
    };
  }
}

export const statuspageEndpoints = {
  summary: (v: StatuspageView) => v.summary(),
  status: (v: StatuspageView) => v.status(),
  components: (v: StatuspageView) => v.componentsDocument(),
  incidents: (v: StatuspageView) => v.allIncidents(),
  unresolved: (v: StatuspageView) => v.unresolvedIncidents(),
  maintenances: (v: StatuspageView) => v.allMaintenances(),
  upcoming: (v: StatuspageView) => v.upcomingMaintenances(),
  active: (v: StatuspageView) => v.activeMaintenances(),
} as const;
export type StatuspageEndpoint = keyof typeof statuspageEndpoints;

/** Where each v2 document is served. */
export const statuspagePaths = {
  summary: '/api/v2/summary.json',
  status: '/api/v2/status.json',
  components: '/api/v2/components.json',
  incidents: '/api/v2/incidents.json',
  unresolved: '/api/v2/incidents/unresolved.json',
  maintenances: '/api/v2/scheduled-maintenances.json',
  upcoming: '/api/v2/scheduled-maintenances/upcoming.json',
  active: '/api/v2/scheduled-maintenances/active.json',
} as const;

/** One v2 document for one endpoint, from the store document and the clock. */
export function statuspageDocument(endpoint: StatuspageEndpoint, doc: StoreDocument, now: Date): unknown {
  return statuspageEndpoints[endpoint](new StatuspageView(doc, now));
}
