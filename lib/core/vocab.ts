/** Status vocabularies, the same words as Atlassian Statuspage so its clients understand us. */

export const componentStatuses = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
] as const;
export type ComponentStatus = (typeof componentStatuses)[number];

export const incidentStatuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const impacts = ['none', 'minor', 'major', 'critical'] as const;
export type Impact = (typeof impacts)[number];

export const maintenanceStatuses = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export type MaintenanceStatus = (typeof maintenanceStatuses)[number];

/** Our own indicator includes `maintenance`; the Statuspage v2 API maps it away (see lib/formats/statuspage.ts). */
export const indicators = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;
export type Indicator = (typeof indicators)[number];

export const ruleStatuses = ['scheduled', 'reserved'] as const;
export type RuleStatus = (typeof ruleStatuses)[number];

export const staffRoles = ['admin', 'editor'] as const;
export type StaffRole = (typeof staffRoles)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** What subscribers hear about; `subscription.*` messages go to one subscriber only (confirm, already subscribed). */
export const publicEventTypes = [
  'incident.created',
  'incident.updated',
  'incident.resolved',
  'maintenance.announced',
  'maintenance.rescheduled',
  'maintenance.cancelled',
  'maintenance.reminder',
  'maintenance.started',
  'maintenance.completed',
  'component.updated',
] as const;
export type PublicEventType = (typeof publicEventTypes)[number];
export const notificationEventTypes = [
  ...publicEventTypes,
  'subscription.confirm',
  'subscription.existing',
] as const;
export type NotificationEventType = (typeof notificationEventTypes)[number];

export const subscriberTypes = ['email', 'webhook'] as const;
export type SubscriberType = (typeof subscriberTypes)[number];
export const subscriberStates = ['pending', 'confirmed', 'disabled'] as const;
export type SubscriberState = (typeof subscriberStates)[number];
/** Webhook bodies: Statuspage's webhook JSON, or the incoming-webhook messages of Slack and Microsoft Teams. */
export const webhookFormats = ['statuspage', 'slack', 'teams'] as const;
export type WebhookFormat = (typeof webhookFormats)[number];

export const deliveryStates = ['queued', 'sending', 'retrying', 'sent', 'failed', 'skipped'] as const;
export type DeliveryState = (typeof deliveryStates)[number];
