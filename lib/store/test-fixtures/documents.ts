import { seedDocument } from '@/lib/store/seed';
import type {
  ComponentChange,
  Incident,
  IncidentUpdate,
  Maintenance,
  StoreDocument,
} from '@/lib/store/schema';
import type { ComponentStatus } from '@/lib/core/vocab';

/** Test data for the public mappings: the seed page with incidents and maintenances in every state. */

export const FIXTURE_NOW = new Date('2026-03-10T12:00:00.000Z');

const at = (offsetMinutes: number) => new Date(FIXTURE_NOW.getTime() + offsetMinutes * 60_000).toISOString();

export function change(
  id: string,
  oldStatus: ComponentStatus,
  newStatus: ComponentStatus,
  name = id,
): ComponentChange {
  return { id, name, oldStatus, newStatus };
}

export function update(
  id: string,
  status: string,
  atIso: string,
  body: string,
  affected: ComponentChange[] = [],
): IncidentUpdate {
  return {
    id,
    status,
    body,
    createdAt: atIso,
    updatedAt: atIso,
    displayAt: atIso,
    affectedComponents: affected,
    author: 'test',
  };
}

export function incident(partial: Partial<Incident> & Pick<Incident, 'id' | 'name'>): Incident {
  const startedAt = partial.startedAt ?? at(-60);
  return {
    status: 'investigating',
    impact: 'minor',
    createdAt: startedAt,
    updatedAt: startedAt,
    startedAt,
    monitoringAt: null,
    resolvedAt: null,
    postmortem: null,
    componentIds: [],
    updates: [],
    ...partial,
  };
}

export function maintenance(
  partial: Partial<Maintenance> & Pick<Maintenance, 'id' | 'name' | 'scheduledFor' | 'scheduledUntil'>,
): Maintenance {
  const createdAt = partial.createdAt ?? at(-7 * 24 * 60);
  return {
    body: 'We will upgrade the database servers.',
    componentIds: ['web-client'],
    emergency: null,
    manualStatus: null,
    manualStatusAt: null,
    cancelledAt: null,
    ruleId: null,
    createdAt,
    updatedAt: createdAt,
    updates: [],
    ...partial,
  };
}

/** The seed page with one open and one resolved incident and maintenances upcoming, active, completed and cancelled. */
export function fixtureDocument(): StoreDocument {
  const doc = seedDocument();
  doc.updatedAt = at(-5);
  doc.components = doc.components.map((c) =>
    c.id === 'api' ? { ...c, status: 'partial_outage', updatedAt: at(-30) } : c,
  );
  doc.incidents = [
    incident({
      id: 'inc-open',
      name: 'API errors <for some> customers & partners',
      impact: 'major',
      status: 'identified',
      startedAt: at(-45),
      updatedAt: at(-30),
      componentIds: ['api'],
      updates: [
        update('u-open-1', 'investigating', at(-45), 'We are **looking** into it.', [
          change('api', 'operational', 'degraded_performance', 'API and web services'),
        ]),
        update('u-open-2', 'identified', at(-30), 'Cause found.', [
          change('api', 'degraded_performance', 'partial_outage', 'API and web services'),
        ]),
      ],
    }),
    incident({
      id: 'inc-resolved',
      name: 'Slow login',
      impact: 'minor',
      status: 'resolved',
      startedAt: at(-3 * 24 * 60),
      updatedAt: at(-3 * 24 * 60 + 90),
      monitoringAt: at(-3 * 24 * 60 + 60),
      resolvedAt: at(-3 * 24 * 60 + 90),
      componentIds: ['login'],
      updates: [
        update('u-res-1', 'investigating', at(-3 * 24 * 60), 'Sign-in is slow.', [
          change('login', 'operational', 'degraded_performance', 'Login (SuperID)'),
        ]),
        update('u-res-2', 'monitoring', at(-3 * 24 * 60 + 60), 'Fix deployed.'),
        update('u-res-3', 'resolved', at(-3 * 24 * 60 + 90), 'All good.', [
          change('login', 'degraded_performance', 'operational', 'Login (SuperID)'),
        ]),
      ],
    }),
  ];
  doc.maintenances = [
    maintenance({
      id: 'mnt-upcoming',
      name: 'Database upgrade',
      scheduledFor: at(2 * 24 * 60),
      scheduledUntil: at(2 * 24 * 60 + 120),
    }),
    maintenance({
      id: 'mnt-active',
      name: 'Storage move',
      scheduledFor: at(-30),
      scheduledUntil: at(90),
      componentIds: ['document-storage'],
    }),
    maintenance({
      id: 'mnt-done',
      name: 'Network change',
      scheduledFor: at(-5 * 24 * 60),
      scheduledUntil: at(-5 * 24 * 60 + 60),
    }),
    maintenance({
      id: 'mnt-cancelled',
      name: 'Cancelled work',
      scheduledFor: at(3 * 24 * 60),
      scheduledUntil: at(3 * 24 * 60 + 60),
      cancelledAt: at(-60),
    }),
  ];
  return doc;
}
