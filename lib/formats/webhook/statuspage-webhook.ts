import { toIncident, toMaintenance } from '@/lib/formats/statuspage';
import { StatuspageView } from '@/lib/formats/statuspage-view';
import type { NotificationEvent } from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';
import { maintenanceStatus } from '@/lib/status/state';

/**
 * Statuspage's webhook body: `meta`, `page` and either `incident` (maintenances too, with their scheduled_*
 * fields) or `component_update` and `component`, so receivers written for Statuspage work unchanged.
 * A cancelled maintenance, which Statuspage has no status for, is sent with status "cancelled".
 */
export interface StatuspageWebhookInput {
  event: NotificationEvent;
  doc: StoreDocument;
  now: Date;
  unsubscribeUrl: string;
  documentationUrl: string;
}

export function statuspageWebhookBody(input: StatuspageWebhookInput): Record<string, unknown> | null {
  const { event, doc, now } = input;
  const view = new StatuspageView(doc, now);
  const status = view.status().status;
  const common = {
    meta: {
      unsubscribe: input.unsubscribeUrl,
      documentation: input.documentationUrl,
      generated_at: now.toISOString(),
    },
    page: { id: doc.page.id, status_indicator: status.indicator, status_description: status.description },
  };
  if (event.incidentId) {
    const incident = doc.incidents.find((i) => i.id === event.incidentId);
    return incident ? { ...common, incident: toIncident(doc, incident, view.components) } : null;
  }
  if (event.maintenanceId) {
    const m = doc.maintenances.find((x) => x.id === event.maintenanceId);
    if (!m) return null;
    const state = maintenanceStatus(m, now);
    const body = toMaintenance(
      doc,
      { ...m, state: state === 'cancelled' ? 'scheduled' : state },
      view.components,
    );
    return body
      ? { ...common, incident: state === 'cancelled' ? { ...body, status: 'cancelled' } : body }
      : null;
  }
  const component = view.components.find((c) => c.id === event.componentId && !c.group);
  if (!component || !event.oldStatus || !event.newStatus) return null;
  return {
    ...common,
    component_update: {
      created_at: event.at,
      new_status: event.newStatus,
      old_status: event.oldStatus,
      id: event.id,
      component_id: component.id,
    },
    component,
  };
}
