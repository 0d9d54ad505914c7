'use client';

import { componentStatuses, isOneOf, type ComponentStatus } from '@/lib/core/vocab';
import { useConsoleText } from './console-text';
import { describedBy, inputClass } from './fields';

export interface PickableComponent {
  id: string;
  name: string;
  group: string;
  status: ComponentStatus;
}

/** Component id → the status to set ('' leaves it alone). */
export type ComponentChoice = Record<string, ComponentStatus | ''>;

/** One status select per component, grouped as on the public page; the current status is shown beside each. */
export function ComponentPicker({
  components,
  value,
  onChange,
  errors,
  legend,
  idPrefix = 'component',
}: {
  components: PickableComponent[];
  value: ComponentChoice;
  onChange: (value: ComponentChoice) => void;
  errors: Record<string, string | undefined>;
  legend?: string;
  /** Keeps ids unique when a page has several pickers. */
  idPrefix?: string;
}) {
  const { ci, status: words } = useConsoleText();
  const groups = [...new Set(components.map((c) => c.group))];
  return (
    <fieldset className="rounded-md border border-border p-4">
      <legend className="px-1 font-medium">{legend ?? ci('picker.legend')}</legend>
      <div className="space-y-4">
        {groups.map((group) => (
          <div key={group}>
            <p className="mb-1 text-sm font-semibold text-muted">{group}</p>
            <ul className="grid gap-2 sm:grid-cols-2">
              {components
                .filter((c) => c.group === group)
                .map((c) => {
                  const id = `${idPrefix}-${c.id}`;
                  const error = errors[c.id];
                  return (
                    <li key={c.id}>
                      <label htmlFor={id} className="block text-sm">
                        {c.name}{' '}
                        <span className="text-muted">
                          {ci('picker.now', { status: words.component[c.status] })}
                        </span>
                      </label>
                      <select
                        id={id}
                        value={value[c.id] ?? ''}
                        onChange={(e) =>
                          onChange({
                            ...value,
                            [c.id]: isOneOf(componentStatuses, e.target.value) ? e.target.value : '',
                          })
                        }
                        aria-invalid={error ? true : undefined}
                        aria-describedby={describedBy(id, error)}
                        className={inputClass}
                      >
                        <option value="">{ci('picker.notAffected')}</option>
                        {componentStatuses.map((s) => (
                          <option key={s} value={s}>
                            {words.component[s]}
                          </option>
                        ))}
                      </select>
                      {error ? (
                        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-critical">
                          {error}
                        </p>
                      ) : null}
                    </li>
                  );
                })}
            </ul>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A choice that sets each listed component to its status, as a template or an earlier write names them. */
export function choiceOf(components: readonly { id: string; status: ComponentStatus }[]): ComponentChoice {
  return Object.fromEntries(components.map((c) => [c.id, c.status]));
}

/** The `components` array for the API, and a way back from `components.N…` error paths to component ids. */
export function componentChanges(value: ComponentChoice): { id: string; status: ComponentStatus }[] {
  return Object.entries(value).flatMap(([id, status]) => (status ? [{ id, status }] : []));
}

export function componentErrors(
  fields: Record<string, string>,
  sent: { id: string }[],
): Record<string, string | undefined> {
  const errors: Record<string, string | undefined> = {};
  for (const [field, problem] of Object.entries(fields)) {
    const match = /^components\.(\d+)/.exec(field);
    const id = match ? sent[Number(match[1])]?.id : undefined;
    if (id) errors[id] ??= problem;
  }
  return errors;
}
