import { z } from 'zod';
import { DomainError } from '@/lib/core/errors';
import type { WriteContext } from '@/lib/store/write-context';
import type { Component, ComponentChange, ComponentGroup, StoreDocument } from '@/lib/store/schema';
import { componentStatuses } from '@/lib/core/vocab';
import { textLimits } from '@/lib/store/schema';
import {
  assertTranslationLocales,
  mergeTranslations,
  translatedText,
  translationsInput,
} from '@/lib/status/translations';
import { queueEvent } from '@/lib/status/notification-events';

export const componentStatusInputSchema = z.strictObject({ status: z.enum(componentStatuses) });
export type ComponentStatusInput = z.infer<typeof componentStatusInputSchema>;

/** PATCH /api/v1/components/{id}: a status (components only), translations (components and groups), or both. */
export const componentPatchInputSchema = z
  .strictObject({
    status: z.enum(componentStatuses).optional(),
    /** `{"nb": {"name", "description"}}`; a field sent as null removes that translation. */
    translations: translationsInput({
      name: translatedText(textLimits.componentName).nullable(),
      description: translatedText(textLimits.componentDescription).nullable(),
    }).optional(),
  })
  .refine((p) => p.status !== undefined || p.translations !== undefined, {
    message: 'send a status, translations, or both',
    path: ['status'],
  });
export type ComponentPatchInput = z.infer<typeof componentPatchInputSchema>;

/** `[{id, status}]` as sent with an incident or an update; one entry per component. */
export const componentChangesSchema = z
  .array(z.strictObject({ id: z.string().trim().min(1).max(100), status: z.enum(componentStatuses) }))
  .max(200)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
    message: 'names a component more than once',
  });
export type ComponentChangesInput = z.infer<typeof componentChangesSchema>;

function findComponent(doc: StoreDocument, id: string): Component {
  const component = doc.components.find((c) => c.id === id);
  if (!component)
    throw new DomainError('not_found', `There is no component with id "${id}".`, { field: 'id', id });
  return component;
}

/** Refuses unknown ids up front, naming the field, so a bad request changes nothing. */
export function assertComponentsExist(doc: StoreDocument, ids: readonly string[], field: string): void {
  const known = new Set(doc.components.map((c) => c.id));
  const problems = ids.flatMap((id, index) =>
    known.has(id) ? [] : [{ field: `${field}.${index}`, problem: `no component has the id "${id}"` }],
  );
  if (problems.length > 0) {
    throw new DomainError(
      'invalid_request',
      `Invalid ${problems[0]?.field}: ${problems[0]?.problem}.`,
      problems,
    );
  }
}

/** Sets each named component's status and returns what changed from what to what (unchanged ones included). */
export function applyComponentChanges(
  doc: StoreDocument,
  changes: ComponentChangesInput,
  now: Date,
): ComponentChange[] {
  assertComponentsExist(
    doc,
    changes.map((c) => c.id),
    'components',
  );
  return changes.map(({ id, status }) => {
    const component = findComponent(doc, id);
    const change: ComponentChange = {
      id,
      name: component.name,
      oldStatus: component.status,
      newStatus: status,
    };
    if (component.status !== status) {
      component.status = status;
      component.updatedAt = now.toISOString();
    }
    return change;
  });
}

/** PATCH /api/v1/components/{id}: a status change outside any incident. */
export function setComponentStatus(
  doc: StoreDocument,
  id: string,
  input: ComponentStatusInput,
  ctx: WriteContext,
): { component: Component; change: ComponentChange } {
  const component = findComponent(doc, id);
  const [change] = applyComponentChanges(doc, [{ id, status: input.status }], ctx.now);
  if (!change) throw new DomainError('internal_error', 'The component change was lost.');
  if (change.oldStatus !== change.newStatus) {
    queueEvent(
      doc,
      {
        type: 'component.updated',
        componentId: id,
        componentIds: [id],
        oldStatus: change.oldStatus,
        newStatus: change.newStatus,
      },
      ctx,
    );
  }
  return { component: { ...component }, change };
}

export interface ComponentPatchResult {
  kind: 'component' | 'group';
  id: string;
  component?: Component;
  group?: ComponentGroup;
  change?: ComponentChange;
  translationsBefore?: ComponentGroup['translations'];
  translationsAfter?: ComponentGroup['translations'];
}

/** Changes a component's status and/or the translations of a component's or group's name and description. */
export function patchComponent(
  doc: StoreDocument,
  id: string,
  input: ComponentPatchInput,
  ctx: WriteContext,
): ComponentPatchResult {
  assertTranslationLocales(doc, input.translations);
  const group = doc.groups.find((g) => g.id === id);
  if (group) {
    if (input.status !== undefined) {
      throw new DomainError('invalid_request', 'Invalid status: a group has no status of its own.', [
        { field: 'status', problem: 'a group has no status of its own; change its components' },
      ]);
    }
    const before = group.translations;
    group.translations = mergeTranslations(group.translations, input.translations);
    group.updatedAt = ctx.now.toISOString();
    return {
      kind: 'group',
      id,
      group: { ...group },
      translationsBefore: before,
      translationsAfter: group.translations,
    };
  }
  const component = findComponent(doc, id);
  const before = component.translations;
  if (input.translations) {
    component.translations = mergeTranslations(component.translations, input.translations);
    component.updatedAt = ctx.now.toISOString();
  }
  const change =
    input.status === undefined
      ? undefined
      : setComponentStatus(doc, id, { status: input.status }, ctx).change;
  return {
    kind: 'component',
    id,
    component: { ...component },
    ...(change ? { change } : {}),
    ...(input.translations ? { translationsBefore: before, translationsAfter: component.translations } : {}),
  };
}
