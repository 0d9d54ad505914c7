import type { Component, ComponentGroup, Incident, Maintenance, StoreDocument } from '@/lib/store/schema';
import type { ComponentStatus, Impact, Indicator, MaintenanceStatus } from '@/lib/core/vocab';

/** A maintenance's status read from the clock: no cron moves it, every read computes it. */
export type MaintenanceState = MaintenanceStatus | 'cancelled';

export function maintenanceStatus(m: Maintenance, now: Date): MaintenanceState {
  if (m.cancelledAt !== null) return 'cancelled';
  if (m.manualStatus === 'completed') return 'completed';
  const t = now.getTime();
  if (t < Date.parse(m.scheduledFor)) return 'scheduled';
  if (t < Date.parse(m.scheduledUntil)) return m.manualStatus === 'verifying' ? 'verifying' : 'in_progress';
  return 'completed';
}

function isMaintenanceActive(state: MaintenanceState): boolean {
  return state === 'in_progress' || state === 'verifying';
}

const componentSeverity: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export function worstComponentStatus(statuses: readonly ComponentStatus[]): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const s of statuses) if (componentSeverity[s] > componentSeverity[worst]) worst = s;
  return worst;
}

export function isIncidentOpen(incident: Incident): boolean {
  return incident.status !== 'resolved' && incident.status !== 'postmortem';
}

export interface MaintenanceView extends Maintenance {
  state: MaintenanceState;
}

export interface ComponentView extends Component {
  /** The stored status, or `under_maintenance` while a maintenance covering it runs and nothing worse is reported. */
  effectiveStatus: ComponentStatus;
}

export interface GroupView extends ComponentGroup {
  status: ComponentStatus;
  components: ComponentView[];
}

export interface PageState {
  indicator: Indicator;
  components: ComponentView[];
  groups: GroupView[];
  /** Components that belong to no group, in position order. */
  ungrouped: ComponentView[];
  openIncidents: Incident[];
  maintenances: MaintenanceView[];
  activeMaintenances: MaintenanceView[];
  upcomingMaintenances: MaintenanceView[];
}

const indicatorSeverity: Record<Indicator, number> = {
  none: 0,
  maintenance: 1,
  minor: 2,
  major: 3,
  critical: 4,
};

const indicatorForComponent: Record<ComponentStatus, Indicator> = {
  operational: 'none',
  under_maintenance: 'maintenance',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

const indicatorForImpact: Record<Impact, Indicator> = {
  none: 'none',
  minor: 'minor',
  major: 'major',
  critical: 'critical',
};

/** The overall indicator: the worst of open incidents' impact and components' statuses; maintenance only when nothing is broken. */
function overallIndicator(
  components: readonly ComponentView[],
  openIncidents: readonly Incident[],
  maintenanceActive: boolean,
): Indicator {
  let worst: Indicator = maintenanceActive ? 'maintenance' : 'none';
  const candidates = [
    ...components.map((c) => indicatorForComponent[c.effectiveStatus]),
    ...openIncidents.map((i) => indicatorForImpact[i.impact]),
  ];
  for (const c of candidates) if (indicatorSeverity[c] > indicatorSeverity[worst]) worst = c;
  return worst;
}

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

/** Everything the public surfaces show, derived from the document and the clock. */
export function derivePageState(doc: StoreDocument, now: Date): PageState {
  const maintenances = doc.maintenances.map((m) => ({ ...m, state: maintenanceStatus(m, now) }));
  const activeMaintenances = maintenances.filter((m) => isMaintenanceActive(m.state));
  const underMaintenance = new Set(activeMaintenances.flatMap((m) => m.componentIds));

  const components = [...doc.components].sort(byPosition).map((c): ComponentView => {
    const maintained =
      underMaintenance.has(c.id) && componentSeverity[c.status] <= componentSeverity.degraded_performance;
    return { ...c, effectiveStatus: maintained ? 'under_maintenance' : c.status };
  });
  const groups = [...doc.groups].sort(byPosition).map((g): GroupView => {
    const members = components.filter((c) => c.groupId === g.id);
    return { ...g, components: members, status: worstComponentStatus(members.map((c) => c.effectiveStatus)) };
  });
  const groupIds = new Set(doc.groups.map((g) => g.id));
  const openIncidents = doc.incidents
    .filter(isIncidentOpen)
    .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));

  return {
    indicator: overallIndicator(components, openIncidents, activeMaintenances.length > 0),
    components,
    groups,
    ungrouped: components.filter((c) => c.groupId === null || !groupIds.has(c.groupId)),
    openIncidents,
    maintenances,
    activeMaintenances,
    upcomingMaintenances: maintenances
      .filter((m) => m.state === 'scheduled')
      .sort((a, b) => Date.parse(a.scheduledFor) - Date.parse(b.scheduledFor)),
  };
}
