import { z } from 'zod';

/**
 * Atlassian Statuspage's public v2 documents as its documentation and live pages show them, written
 * independently of our mapping so tests can hold the mapping to it. Objects are strict: an extra key fails.
 */

const instant = z.iso.datetime({ offset: true });
const componentStatus = z.enum([
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
]);

export const spPageSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  url: z.url(),
  time_zone: z.string().min(1),
  updated_at: instant,
});

export const spStatusSchema = z.strictObject({
  indicator: z.enum(['none', 'minor', 'major', 'critical']),
  description: z.string().min(1),
});

export const spComponentSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  status: componentStatus,
  created_at: instant,
  updated_at: instant,
  position: z.number().int(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.iso.date().nullable(),
  group_id: z.string().nullable(),
  page_id: z.string().min(1),
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  components: z.array(z.string()).optional(),
});

export const spAffectedComponentSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string(),
  old_status: componentStatus,
  new_status: componentStatus,
});

const incidentStatus = z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']);
const maintenanceStatus = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);

const updateSchema = (status: z.ZodType) =>
  z.strictObject({
    id: z.string().min(1),
    status,
    body: z.string(),
    incident_id: z.string().min(1),
    created_at: instant,
    updated_at: instant,
    display_at: instant,
    affected_components: z.array(spAffectedComponentSchema).nullable(),
    deliver_notifications: z.boolean(),
    custom_tweet: z.string().nullable(),
    tweet_id: z.string().nullable(),
  });

const incidentFields = {
  id: z.string().min(1),
  name: z.string().min(1),
  created_at: instant,
  updated_at: instant,
  monitoring_at: instant.nullable(),
  resolved_at: instant.nullable(),
  shortlink: z.url(),
  started_at: instant,
  page_id: z.string().min(1),
  components: z.array(spComponentSchema),
};

export const spIncidentSchema = z.strictObject({
  ...incidentFields,
  status: incidentStatus,
  impact: z.enum(['none', 'minor', 'major', 'critical']),
  incident_updates: z.array(updateSchema(incidentStatus)),
});

export const spMaintenanceSchema = z.strictObject({
  ...incidentFields,
  status: maintenanceStatus,
  impact: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
  incident_updates: z.array(updateSchema(maintenanceStatus)),
  scheduled_for: instant,
  scheduled_until: instant,
});

export const spStatusDocumentSchema = z.strictObject({ page: spPageSchema, status: spStatusSchema });
export const spComponentsDocumentSchema = z.strictObject({
  page: spPageSchema,
  components: z.array(spComponentSchema),
});
export const spIncidentsDocumentSchema = z.strictObject({
  page: spPageSchema,
  incidents: z.array(spIncidentSchema),
});
export const spMaintenancesDocumentSchema = z.strictObject({
  page: spPageSchema,
  scheduled_maintenances: z.array(spMaintenanceSchema),
});
export const spSummarySchema = z.strictObject({
  page: spPageSchema,
  components: z.array(spComponentSchema),
  incidents: z.array(spIncidentSchema),
  scheduled_maintenances: z.array(spMaintenanceSchema),
  status: spStatusSchema,
});

/** Key order as Statuspage serialises each object (JSON consumers rarely care; diffing people do). */
export const spKeyOrder = {
  page: ['id', 'name', 'url', 'time_zone', 'updated_at'],
  status: ['indicator', 'description'],
  component: [
    'id',
    'name',
    'status',
    'created_at',
    'updated_at',
    'position',
    'description',
    'showcase',
    'start_date',
    'group_id',
    'page_id',
    'group',
    'only_show_if_degraded',
  ],
  groupComponent: [
    'id',
    'name',
    'status',
    'created_at',
    'updated_at',
    'position',
    'description',
    'showcase',
    'start_date',
    'group_id',
    'page_id',
    'group',
    'only_show_if_degraded',
    'components',
  ],
  incident: [
    'id',
    'name',
    'status',
    'created_at',
    'updated_at',
    'monitoring_at',
    'resolved_at',
    'impact',
    'shortlink',
    'started_at',
    'page_id',
    'incident_updates',
    'components',
  ],
  maintenance: [
    'id',
    'name',
    'status',
    'created_at',
    'updated_at',
    'monitoring_at',
    'resolved_at',
    'impact',
    'shortlink',
    'started_at',
    'page_id',
    'incident_updates',
    'components',
    'scheduled_for',
    'scheduled_until',
  ],
  update: [
    'id',
    'status',
    'body',
    'incident_id',
    'created_at',
    'updated_at',
    'display_at',
    'affected_components',
    'deliver_notifications',
    'custom_tweet',
    'tweet_id',
  ],
  affectedComponent: ['code', 'name', 'old_status', 'new_status'],
  summary: ['page', 'components', 'incidents', 'scheduled_maintenances', 'status'],
} as const;

export const spEndpointSchemas = {
  summary: spSummarySchema,
  status: spStatusDocumentSchema,
  components: spComponentsDocumentSchema,
  incidents: spIncidentsDocumentSchema,
  unresolved: spIncidentsDocumentSchema,
  maintenances: spMaintenancesDocumentSchema,
  upcoming: spMaintenancesDocumentSchema,
  active: spMaintenancesDocumentSchema,
} as const;

export const spEndpointPaths = {
  summary: '/api/v2/summary.json',
  status: '/api/v2/status.json',
  components: '/api/v2/components.json',
  incidents: '/api/v2/incidents.json',
  unresolved: '/api/v2/incidents/unresolved.json',
  maintenances: '/api/v2/scheduled-maintenances.json',
  upcoming: '/api/v2/scheduled-maintenances/upcoming.json',
  active: '/api/v2/scheduled-maintenances/active.json',
} as const;

/** Every key-order violation in a v2 document, as readable paths (empty when the order matches Statuspage's). */
export function keyOrderProblems(doc: unknown, path = '$'): string[] {
  if (Array.isArray(doc)) return doc.flatMap((item, i) => keyOrderProblems(item, `${path}[${i}]`));
  if (typeof doc !== 'object' || doc === null) return [];
  const record = doc as Record<string, unknown>;
  const keys = Object.keys(record);
  const expected = expectedOrder(path, record);
  const problems =
    expected && keys.join(',') !== expected.join(',')
      ? [`${path}: ${keys.join(',')} ≠ ${expected.join(',')}`]
      : [];
  return [...problems, ...keys.flatMap((k) => keyOrderProblems(record[k], `${path}.${k}`))];
}

function expectedOrder(path: string, record: Record<string, unknown>): readonly string[] | null {
  const last = path
    .replace(/\[\d+\]$/, '')
    .split('.')
    .pop();
  if (path === '$') return 'components' in record && 'status' in record ? spKeyOrder.summary : null;
  if (last === 'page') return spKeyOrder.page;
  if (last === 'status') return spKeyOrder.status;
  if (last === 'components') return record.group === true ? spKeyOrder.groupComponent : spKeyOrder.component;
  if (last === 'incidents') return spKeyOrder.incident;
  if (last === 'scheduled_maintenances') return spKeyOrder.maintenance;
  if (last === 'incident_updates') return spKeyOrder.update;
  if (last === 'affected_components') return spKeyOrder.affectedComponent;
  return null;
}
