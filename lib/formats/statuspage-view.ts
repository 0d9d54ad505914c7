import type { Incident, StoreDocument } from '@/lib/store/schema';
import { derivePageState, isIncidentOpen, type MaintenanceView, type PageState } from '@/lib/status/state';
import {
  toComponents,
  toIncident,
  toMaintenance,
  toPage,
  toStatuspageStatus,
} from '@/lib/formats/statuspage';
import type {
  SpComponent,
  SpIncident,
  SpMaintenance,
  SpPage,
  SpStatus,
  SpSummary,
} from '@/lib/formats/statuspage-types';

/** The most incidents or maintenances one v2 list carries, as Statuspage answers. */
const STATUSPAGE_LIST_LIMIT = 50;

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
