import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import type { Incident, IncidentUpdate, StoreDocument } from '@/lib/store/schema';
import { detached } from '@/lib/store/detached';
import { applyComponentChanges, componentChangesSchema } from '@/lib/status/components';
import { nextId, type WriteContext } from '@/lib/store/write-context';
import { impacts, type IncidentStatus } from '@/lib/core/vocab';
import { textLimits } from '@/lib/store/schema';
import {
  assertTranslationLocales,
  pickTranslations,
  translatedText,
  translationsInput,
} from '@/lib/status/translations';
import { queueIncidentEvent } from '@/lib/status/notification-events';

/** The statuses an update may set; `postmortem` comes only with a post-mortem text. */
export const updateStatuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
] as const satisfies readonly IncidentStatus[];

const message = z.string().trim().min(1, 'must not be empty').max(20000, 'must be at most 20,000 characters');
const updateStatus = z.enum(updateStatuses, {
  error:
    'must be one of investigating, identified, monitoring, resolved (a post-mortem is published with PUT /api/v1/incidents/{id}/postmortem)',
});

const bodyTranslations = translationsInput({ body: translatedText(textLimits.body) });

export const incidentInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
  status: updateStatus,
  impact: z.enum(impacts),
  body: message,
  components: componentChangesSchema.optional(),
  /** `{"nb": {"name", "body"}}`: the name and first update in other languages; any may be missing. */
  translations: translationsInput({
    name: translatedText(textLimits.incidentName),
    body: translatedText(textLimits.body),
  }).optional(),
  /** Whether subscribers hear about it (default true). */
  notify: z.boolean().optional(),
});
export type IncidentInput = z.infer<typeof incidentInputSchema>;

export const incidentUpdateInputSchema = z.strictObject({
  status: updateStatus,
  body: message,
  components: componentChangesSchema.optional(),
  /** Lets staff correct the impact as they learn more. */
  impact: z.enum(impacts).optional(),
  translations: bodyTranslations.optional(),
  /** Whether subscribers hear about it (default true). */
  notify: z.boolean().optional(),
});
export type IncidentUpdateInput = z.infer<typeof incidentUpdateInputSchema>;

export const resolveInputSchema = z.strictObject({
  body: message,
  /** Return every component the incident touched to operational (default true). */
  restoreComponents: z.boolean().default(true),
  translations: bodyTranslations.optional(),
  /** Whether subscribers hear about it (default true). */
  notify: z.boolean().optional(),
});
export type ResolveInput = z.infer<typeof resolveInputSchema>;

export const postmortemInputSchema = z.strictObject({
  body: z.string().trim().min(1, 'must not be empty').max(50000, 'must be at most 50,000 characters'),
});
export type PostmortemInput = z.infer<typeof postmortemInputSchema>;

function findIncident(doc: StoreDocument, id: string): Incident {
  const incident = doc.incidents.find((i) => i.id === id);
  if (!incident) throw new DomainError('not_found', `There is no incident with id "${id}".`, { id });
  return incident;
}

function setStatus(incident: Incident, status: IncidentStatus, at: string): void {
  incident.status = status;
  if (status === 'monitoring' && incident.monitoringAt === null) incident.monitoringAt = at;
  // Reopening a resolved incident clears its resolution time; resolving again sets a new one.
  incident.resolvedAt = status === 'resolved' ? at : status === 'postmortem' ? incident.resolvedAt : null;
}

function touchComponents(incident: Incident, ids: readonly string[]): void {
  for (const id of ids) if (!incident.componentIds.includes(id)) incident.componentIds.push(id);
}

type BodyTranslations = Partial<Record<string, { body?: string | null | undefined }>>;

function appendUpdate(
  doc: StoreDocument,
  incident: Incident,
  input: {
    status: IncidentStatus;
    body: string;
    components?: IncidentInput['components'];
    translations?: BodyTranslations | undefined;
  },
  ctx: WriteContext,
): IncidentUpdate {
  assertTranslationLocales(doc, input.translations);
  const at = ctx.now.toISOString();
  const changes = applyComponentChanges(doc, input.components ?? [], ctx.now);
  const update: IncidentUpdate = {
    id: nextId(ctx),
    status: input.status,
    body: input.body,
    createdAt: at,
    updatedAt: at,
    displayAt: at,
    affectedComponents: changes,
    author: ctx.actor.name,
  };
  const translations = pickTranslations(input.translations, ['body']);
  if (translations) update.translations = translations;
  incident.updates.push(update);
  touchComponents(
    incident,
    changes.map((c) => c.id),
  );
  setStatus(incident, input.status, at);
  incident.updatedAt = at;
  return update;
}

/** A new incident with its first update; the named components take their new status at once. */
export function createIncident(doc: StoreDocument, input: IncidentInput, ctx: WriteContext): Incident {
  assertTranslationLocales(doc, input.translations);
  const at = ctx.now.toISOString();
  const incident: Incident = {
    id: nextId(ctx),
    name: input.name,
    status: input.status,
    impact: input.impact,
    createdAt: at,
    updatedAt: at,
    startedAt: at,
    monitoringAt: null,
    resolvedAt: null,
    postmortem: null,
    componentIds: [],
    updates: [],
  };
  const names = pickTranslations(input.translations, ['name']);
  if (names) incident.translations = names;
  doc.incidents.push(incident);
  const update = appendUpdate(doc, incident, input, ctx);
  if (input.notify !== false) queueIncidentEvent(doc, 'incident.created', incident, update, ctx);
  return detached(incident);
}

/** Adds an update to the timeline; reopening a resolved incident is allowed (it happens). */
export function addIncidentUpdate(
  doc: StoreDocument,
  id: string,
  input: IncidentUpdateInput,
  ctx: WriteContext,
): { incident: Incident; update: IncidentUpdate } {
  const incident = findIncident(doc, id);
  if (input.impact) incident.impact = input.impact;
  const update = appendUpdate(doc, incident, input, ctx);
  if (input.notify !== false) {
    const type = update.status === 'resolved' ? 'incident.resolved' : 'incident.updated';
    queueIncidentEvent(doc, type, incident, update, ctx);
  }
  return { incident: detached(incident), update: detached(update) };
}

/** Resolves an incident and, unless told otherwise, returns every component it touched to operational. */
export function resolveIncident(
  doc: StoreDocument,
  id: string,
  input: {
    body: string;
    restoreComponents?: boolean | undefined;
    translations?: BodyTranslations;
    notify?: boolean | undefined;
  },
  ctx: WriteContext,
): { incident: Incident; update: IncidentUpdate } {
  const incident = findIncident(doc, id);
  const components =
    input.restoreComponents === false
      ? []
      : incident.componentIds.map((componentId) => ({ id: componentId, status: 'operational' as const }));
  const present = new Set(doc.components.map((c) => c.id));
  return addIncidentUpdate(
    doc,
    id,
    {
      status: 'resolved',
      body: input.body,
      components: components.filter((c) => present.has(c.id)),
      translations: input.translations,
      notify: input.notify,
    },
    ctx,
  );
}

/** Publishes (or replaces) the post-mortem of a resolved incident. */
export function publishPostmortem(
  doc: StoreDocument,
  id: string,
  input: PostmortemInput,
  ctx: WriteContext,
): Incident {
  const incident = findIncident(doc, id);
  if (incident.status !== 'resolved' && incident.status !== 'postmortem') {
    throw new DomainError('conflict', 'Resolve the incident before publishing its post-mortem.', {
      status: incident.status,
    });
  }
  incident.postmortem = input.body;
  incident.status = 'postmortem';
  incident.updatedAt = ctx.now.toISOString();
  return detached(incident);
}
