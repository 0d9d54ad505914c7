import { z } from 'zod';
import { isValidTimeZone } from '@/lib/core/time-zone';
import { componentStatuses, impacts, incidentStatuses, ruleStatuses, staffRoles } from '@/lib/core/vocab';
import { locales } from '@/lib/core/locales';
import { notificationEventSchema } from '@/lib/store/notification-schema';

/** The format version of the store document. Bump it with a migration when the shape changes. */
export const STORE_FORMAT_VERSION = 1;

const isoInstant = z.iso.datetime({ offset: false });
const localDate = z.iso.date();
const wallTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:mm (00:00–24:00)');
const id = z.string().min(1).max(100);
/** Limits of every translatable text, shared by the store and the write API. */
export const textLimits = {
  pageName: 200,
  pageDescription: 500,
  componentName: 200,
  componentDescription: 1000,
  incidentName: 300,
  body: 20000,
} as const;

/**
 * Translations beside the default-language text: `{"nb": {"name": "…"}}`. Optional, so a store written
 * before translations existed loads unchanged; the write API refuses the page's default language as a key.
 */
function translationsOf<S extends Record<string, z.ZodType>>(shape: S) {
  return z.partialRecord(z.enum(locales), z.object(shape).partial()).optional();
}

const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, 'expected an IANA time zone such as Europe/Oslo');

const pageSettingsSchema = z.object({
  id: id,
  name: z.string().min(1).max(200),
  url: z.url(),
  timeZone: timeZone,
  description: z.string().max(500).default(''),
  /** Origins allowed to frame `/embed` (CSP frame-ancestors source expressions). */
  frameAncestors: z.array(z.string().min(1).max(200)).default(['https:']),
  /** The language staff write in and every translation falls back to. */
  defaultLocale: z.enum(locales).default('en'),
  translations: translationsOf({
    name: z.string().min(1).max(textLimits.pageName),
    description: z.string().min(1).max(textLimits.pageDescription),
  }),
  createdAt: isoInstant,
});
export type PageSettings = z.infer<typeof pageSettingsSchema>;

export const componentGroupSchema = z.object({
  id: id,
  name: z.string().min(1).max(200),
  description: z.string().max(1000).nullable().default(null),
  position: z.number().int(),
  translations: translationsOf({
    name: z.string().min(1).max(textLimits.componentName),
    description: z.string().min(1).max(textLimits.componentDescription),
  }),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type ComponentGroup = z.infer<typeof componentGroupSchema>;

export const componentSchema = z.object({
  id: id,
  name: z.string().min(1).max(200),
  description: z.string().max(1000).nullable().default(null),
  groupId: id.nullable(),
  position: z.number().int(),
  status: z.enum(componentStatuses),
  showcase: z.boolean().default(true),
  onlyShowIfDegraded: z.boolean().default(false),
  startDate: localDate.nullable().default(null),
  translations: translationsOf({
    name: z.string().min(1).max(textLimits.componentName),
    description: z.string().min(1).max(textLimits.componentDescription),
  }),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type Component = z.infer<typeof componentSchema>;

/** A component whose status an update changed, with the status before and after. */
export const componentChangeSchema = z.object({
  id: id,
  name: z.string(),
  oldStatus: z.enum(componentStatuses),
  newStatus: z.enum(componentStatuses),
});
export type ComponentChange = z.infer<typeof componentChangeSchema>;

export const incidentUpdateSchema = z.object({
  id: id,
  status: z.string().min(1),
  body: z.string().max(20000),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  displayAt: isoInstant,
  affectedComponents: z.array(componentChangeSchema).default([]),
  author: z.string().default(''),
  translations: translationsOf({ body: z.string().min(1).max(textLimits.body) }),
});
export type IncidentUpdate = z.infer<typeof incidentUpdateSchema>;

export const incidentSchema = z.object({
  id: id,
  name: z.string().min(1).max(300),
  status: z.enum(incidentStatuses),
  impact: z.enum(impacts),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  startedAt: isoInstant,
  monitoringAt: isoInstant.nullable().default(null),
  resolvedAt: isoInstant.nullable().default(null),
  postmortem: z.string().max(50000).nullable().default(null),
  /** Every component this incident has touched, in the order they were first named. */
  componentIds: z.array(id).default([]),
  updates: z.array(incidentUpdateSchema).default([]),
  translations: translationsOf({ name: z.string().min(1).max(textLimits.incidentName) }),
});
export type Incident = z.infer<typeof incidentSchema>;

export const maintenanceSchema = z.object({
  id: id,
  name: z.string().min(1).max(300),
  body: z.string().max(20000).default(''),
  scheduledFor: isoInstant,
  scheduledUntil: isoInstant,
  componentIds: z.array(id).default([]),
  emergency: z
    .object({ reason: z.string().min(1).max(2000) })
    .nullable()
    .default(null),
  /** Staff may move a running maintenance to verifying, or complete it early. */
  manualStatus: z.enum(['verifying', 'completed']).nullable().default(null),
  manualStatusAt: isoInstant.nullable().default(null),
  cancelledAt: isoInstant.nullable().default(null),
  /** Set when the maintenance was announced inside a reserved window of a recurring rule. */
  ruleId: id.nullable().default(null),
  /** Raised on every reschedule or cancellation (absent: 0), so calendars replace the event they already hold. */
  sequence: z.number().int().min(0).optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  updates: z.array(incidentUpdateSchema).default([]),
  translations: translationsOf({
    name: z.string().min(1).max(textLimits.incidentName),
    body: z.string().min(1).max(textLimits.body),
  }),
});
export type Maintenance = z.infer<typeof maintenanceSchema>;

/** When a rule repeats. Weekdays are ISO: 1 = Monday … 7 = Sunday. */
const recurrenceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('daily') }),
  z.object({
    type: z.literal('weekly'),
    weekday: z.number().int().min(1).max(7),
    intervalWeeks: z.number().int().min(1).max(52),
    /** The first occurrence; cadence is counted in calendar weeks from here. */
    anchor: localDate,
  }),
  z.object({
    type: z.literal('monthly'),
    weekday: z.number().int().min(1).max(7),
    /** 1–4 for first to fourth, -1 for the last. */
    position: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  }),
  z.object({
    /** The first `weekday` after each occurrence of another (weekly) rule, e.g. the Friday after the early Tuesday. */
    type: z.literal('after'),
    ruleId: id,
    weekday: z.number().int().min(1).max(7),
  }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const scheduleRuleSchema = z
  .object({
    id: id,
    title: z.string().min(1).max(200),
    description: z.string().max(2000),
    /** What customers should expect, in plain words. */
    impact: z.string().max(500),
    zone: timeZone,
    recurrence: recurrenceSchema,
    startTime: wallTime,
    /** A wall time; at or before startTime means the next day. '24:00' is midnight at the end of the day. */
    endTime: wallTime.nullable().default(null),
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .nullable()
      .default(null),
    status: z.enum(ruleStatuses),
    componentIds: z.array(id).default([]),
    publishedAt: isoInstant,
    updatedAt: isoInstant,
  })
  .refine((r) => (r.endTime === null) !== (r.durationMinutes === null), {
    message: 'a rule needs exactly one of endTime or durationMinutes',
    path: ['endTime'],
  });
export type ScheduleRule = z.infer<typeof scheduleRuleSchema>;

/** Staff action on one occurrence of a rule, keyed by the occurrence's start instant. */
export const occurrenceOverrideSchema = z.object({
  ruleId: id,
  start: isoInstant,
  cancelled: z.boolean(),
  note: z.string().max(2000).nullable().default(null),
  createdAt: isoInstant,
  createdBy: z.string().default(''),
});
export type OccurrenceOverride = z.infer<typeof occurrenceOverrideSchema>;

export const staffMemberSchema = z.object({
  id: id,
  email: z.email().max(320),
  name: z.string().max(200).default(''),
  role: z.enum(staffRoles),
  passwordHash: z.string().min(1),
  /** Incremented on sign-out and password change; sessions carrying an older value are void. */
  sessionVersion: z.number().int().min(0).default(0),
  createdAt: isoInstant,
  disabledAt: isoInstant.nullable().default(null),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const apiTokenSchema = z.object({
  id: id,
  name: z.string().min(1).max(200),
  /** A hash of the secret; the secret itself is shown once and never stored. */
  hash: z.string().min(1),
  role: z.enum(staffRoles).default('admin'),
  createdBy: z.string(),
  createdAt: isoInstant,
  revokedAt: isoInstant.nullable().default(null),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** A prepared incident or update that staff start from, in every language they wrote it in. */
export const incidentTemplateSchema = z.object({
  id: id,
  /** The incident name it starts with; staff also pick the template by it. */
  name: z.string().min(1).max(textLimits.incidentName),
  status: z.enum(incidentStatuses),
  impact: z.enum(impacts),
  body: z.string().min(1).max(textLimits.body),
  /** The components it names and the status each is set to when the incident is posted. */
  components: z.array(z.object({ id: id, status: z.enum(componentStatuses) })).default([]),
  translations: translationsOf({
    name: z.string().min(1).max(textLimits.incidentName),
    body: z.string().min(1).max(textLimits.body),
  }),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type IncidentTemplate = z.infer<typeof incidentTemplateSchema>;

export const storeDocumentSchema = z.object({
  version: z.literal(STORE_FORMAT_VERSION),
  revision: z.number().int().min(0),
  updatedAt: isoInstant,
  page: pageSettingsSchema,
  groups: z.array(componentGroupSchema),
  components: z.array(componentSchema),
  incidents: z.array(incidentSchema),
  maintenances: z.array(maintenanceSchema),
  rules: z.array(scheduleRuleSchema),
  occurrenceOverrides: z.array(occurrenceOverrideSchema),
  staff: z.array(staffMemberSchema),
  tokens: z.array(apiTokenSchema),
  /** Added after the first format: older stores load with none. */
  templates: z.array(incidentTemplateSchema).default([]),
  /**
   * Notification events queued by writes, in commit order, until the outbox has taken them; the subscribers
   * and deliveries themselves live outside this document.
   */
  pendingEvents: z.array(notificationEventSchema).optional(),
});
export type StoreDocument = z.infer<typeof storeDocumentSchema>;
