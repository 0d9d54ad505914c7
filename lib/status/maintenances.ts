import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import { expandRule } from '@/lib/schedule/expand';
import { assertNotice } from '@/lib/schedule/notice';
import { indexRules } from '@/lib/schedule/recurrence';
import type { Maintenance, OccurrenceOverride, ScheduleRule, StoreDocument } from '@/lib/store/schema';
import { detached } from '@/lib/store/detached';
import { assertComponentsExist } from '@/lib/status/components';
import { nextId, type WriteContext } from '@/lib/store/write-context';
import { maintenanceStatus } from '@/lib/status/state';
import { textLimits } from '@/lib/store/schema';
import {
  assertTranslationLocales,
  pickTranslations,
  translatedText,
  translationsInput,
} from '@/lib/status/translations';
import { queueMaintenanceEvent } from '@/lib/status/notification-events';
import { instant, windowFields, withWindowChecks } from '@/lib/status/maintenance-window-input';

export const maintenanceInputSchema = withWindowChecks(
  z.strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
    body: z.string().trim().max(20000, 'must be at most 20,000 characters').default(''),
    ...windowFields,
    components: z
      .array(z.string().trim().min(1).max(100))
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'names a component more than once' })
      .default([]),
    /** Announces the maintenance in a reserved window of this rule (e.g. infrastructure-upgrade). */
    ruleId: z.string().trim().min(1).max(100).nullable().optional(),
    translations: translationsInput({
      name: translatedText(textLimits.incidentName),
      body: translatedText(textLimits.body),
    }).optional(),
  }),
);
export type MaintenanceInput = z.infer<typeof maintenanceInputSchema>;

export const maintenanceStatusInputSchema = z.strictObject({ status: z.enum(['verifying', 'completed']) });
export type MaintenanceStatusInput = z.infer<typeof maintenanceStatusInputSchema>;

export const occurrenceNoteInputSchema = z.strictObject({
  note: z.string().trim().max(2000, 'must be at most 2,000 characters').nullable().optional(),
});
export type OccurrenceNoteInput = z.infer<typeof occurrenceNoteInputSchema>;

export function findMaintenance(doc: StoreDocument, id: string): Maintenance {
  const maintenance = doc.maintenances.find((m) => m.id === id);
  if (!maintenance) throw new DomainError('not_found', `There is no maintenance with id "${id}".`, { id });
  return maintenance;
}

function findRule(doc: StoreDocument, ruleId: string, field = 'ruleId'): ScheduleRule {
  const rule = doc.rules.find((r) => r.id === ruleId);
  if (!rule)
    throw new DomainError('not_found', `There is no recurring rule with id "${ruleId}".`, { field, ruleId });
  return rule;
}

/** Announces a one-off maintenance: at least 24 h (86,400,000 ms) ahead unless it is an emergency with a reason. */
export function createMaintenance(
  doc: StoreDocument,
  input: MaintenanceInput,
  ctx: WriteContext,
): Maintenance {
  assertComponentsExist(doc, input.components, 'components');
  assertTranslationLocales(doc, input.translations);
  if (input.ruleId) findRule(doc, input.ruleId);
  assertNotice(new Date(input.scheduledFor), ctx.now, input.emergency ?? null);
  const at = ctx.now.toISOString();
  const maintenance: Maintenance = {
    id: nextId(ctx),
    name: input.name,
    body: input.body,
    scheduledFor: input.scheduledFor,
    scheduledUntil: input.scheduledUntil,
    componentIds: [...input.components],
    emergency: input.emergency ? { reason: input.emergency.reason } : null,
    manualStatus: null,
    manualStatusAt: null,
    cancelledAt: null,
    ruleId: input.ruleId ?? null,
    createdAt: at,
    updatedAt: at,
    updates: [],
  };
  const translations = pickTranslations(input.translations, ['name', 'body']);
  if (translations) maintenance.translations = translations;
  doc.maintenances.push(maintenance);
  queueMaintenanceEvent(doc, 'maintenance.announced', maintenance, ctx);
  return detached(maintenance);
}

/** Cancels without deleting: the maintenance stays in the history as cancelled. */
export function cancelMaintenance(doc: StoreDocument, id: string, ctx: WriteContext): Maintenance {
  const maintenance = findMaintenance(doc, id);
  const state = maintenanceStatus(maintenance, ctx.now);
  if (state === 'cancelled')
    throw new DomainError('conflict', 'This maintenance is already cancelled.', { state });
  if (state === 'completed') {
    throw new DomainError(
      'conflict',
      'This maintenance is already completed; it can no longer be cancelled.',
      { state },
    );
  }
  maintenance.cancelledAt = ctx.now.toISOString();
  maintenance.updatedAt = maintenance.cancelledAt;
  maintenance.sequence = (maintenance.sequence ?? 0) + 1;
  queueMaintenanceEvent(doc, 'maintenance.cancelled', maintenance, ctx);
  return detached(maintenance);
}

/** Staff move a running maintenance to verifying, or complete it early; the clock does the rest. */
export function setMaintenanceStatus(
  doc: StoreDocument,
  id: string,
  input: MaintenanceStatusInput,
  ctx: WriteContext,
): Maintenance {
  const maintenance = findMaintenance(doc, id);
  const state = maintenanceStatus(maintenance, ctx.now);
  const allowed =
    input.status === 'verifying' ? state === 'in_progress' : state === 'in_progress' || state === 'verifying';
  if (!allowed) {
    const hint = state === 'scheduled' ? 'it has not started yet (cancel it instead)' : `it is ${state}`;
    throw new DomainError('conflict', `This maintenance cannot be moved to ${input.status}: ${hint}.`, {
      state,
    });
  }
  maintenance.manualStatus = input.status;
  maintenance.manualStatusAt = ctx.now.toISOString();
  maintenance.updatedAt = maintenance.manualStatusAt;
  return detached(maintenance);
}

/** The rule's occurrence starting exactly at `start`, or a 404 naming what exists instead. */
function assertOccurrence(doc: StoreDocument, rule: ScheduleRule, start: Date): void {
  const range = { start: new Date(start.getTime() - 1), end: new Date(start.getTime() + 1) };
  const found = expandRule(rule, indexRules(doc.rules), range, { includeUnannounced: true }).some(
    (o) => o.start.getTime() === start.getTime(),
  );
  if (!found) {
    throw new DomainError(
      'not_found',
      `The rule "${rule.id}" has no occurrence starting at ${start.toISOString()}.`,
      {
        field: 'start',
        ruleId: rule.id,
      },
    );
  }
}

function parseStart(start: string): Date {
  const parsed = instant.safeParse(start);
  if (!parsed.success) {
    throw new DomainError(
      'invalid_request',
      'Invalid start: must be an ISO 8601 instant, e.g. 2026-05-01T22:00:00Z.',
      [{ field: 'start', problem: 'must be an ISO 8601 instant' }],
    );
  }
  return new Date(parsed.data);
}

function upsertOverride(
  doc: StoreDocument,
  ruleId: string,
  start: Date,
  patch: Pick<OccurrenceOverride, 'cancelled' | 'note'>,
  ctx: WriteContext,
): OccurrenceOverride {
  const iso = start.toISOString();
  const existing = doc.occurrenceOverrides.find(
    (o) => o.ruleId === ruleId && Date.parse(o.start) === start.getTime(),
  );
  const override: OccurrenceOverride = {
    ruleId,
    start: iso,
    cancelled: patch.cancelled,
    note: patch.note,
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.actor.name,
  };
  if (existing) Object.assign(existing, override);
  else doc.occurrenceOverrides.push(override);
  return override;
}

function occurrenceTarget(
  doc: StoreDocument,
  ruleId: string,
  start: string,
  ctx: WriteContext,
): { rule: ScheduleRule; at: Date; existing: OccurrenceOverride | undefined } {
  const rule = findRule(doc, ruleId);
  const at = parseStart(start);
  assertOccurrence(doc, rule, at);
  if (at.getTime() <= ctx.now.getTime()) {
    throw new DomainError(
      'conflict',
      'This occurrence has already started; only future occurrences can be changed.',
      { start: at.toISOString() },
    );
  }
  const existing = doc.occurrenceOverrides.find(
    (o) => o.ruleId === ruleId && Date.parse(o.start) === at.getTime(),
  );
  return { rule, at, existing };
}

/** Cancels one occurrence of a recurring rule; the rule itself is untouched. */
export function cancelOccurrence(
  doc: StoreDocument,
  ruleId: string,
  start: string,
  input: OccurrenceNoteInput,
  ctx: WriteContext,
): OccurrenceOverride {
  const { at, existing } = occurrenceTarget(doc, ruleId, start, ctx);
  if (existing?.cancelled)
    throw new DomainError('conflict', 'This occurrence is already cancelled.', { start: at.toISOString() });
  return upsertOverride(
    doc,
    ruleId,
    at,
    { cancelled: true, note: input.note ?? existing?.note ?? null },
    ctx,
  );
}

/** Undoes the cancellation of one occurrence, keeping its note. */
export function restoreOccurrence(
  doc: StoreDocument,
  ruleId: string,
  start: string,
  ctx: WriteContext,
): OccurrenceOverride {
  const { at, existing } = occurrenceTarget(doc, ruleId, start, ctx);
  if (!existing?.cancelled)
    throw new DomainError('conflict', 'This occurrence is not cancelled.', { start: at.toISOString() });
  return upsertOverride(doc, ruleId, at, { cancelled: false, note: existing.note }, ctx);
}

/** Adds, replaces or (with an empty note) removes the note shown with one occurrence. */
export function annotateOccurrence(
  doc: StoreDocument,
  ruleId: string,
  start: string,
  input: OccurrenceNoteInput,
  ctx: WriteContext,
): OccurrenceOverride {
  const { at, existing } = occurrenceTarget(doc, ruleId, start, ctx);
  const note = input.note ? input.note : null;
  return upsertOverride(doc, ruleId, at, { cancelled: existing?.cancelled ?? false, note }, ctx);
}
