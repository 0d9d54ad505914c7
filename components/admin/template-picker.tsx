'use client';

import { useConsoleText } from './console-text';
import { Field, describedBy, inputClass } from './fields';
import type { TemplateChoice } from './template-choices';

/** Starts a form from a prepared template; picking one fills every language it has. */
export function TemplatePicker({
  id,
  templates,
  value,
  onChange,
}: {
  id: string;
  templates: TemplateChoice[];
  value: string;
  onChange: (template: TemplateChoice | undefined) => void;
}) {
  const { ci } = useConsoleText();
  if (templates.length === 0) return null;
  return (
    <Field id={id} label={ci('form.template')} hint={ci('form.templateHint')}>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(templates.find((t) => t.id === e.target.value))}
        aria-describedby={describedBy(id, undefined, true)}
        className={inputClass}
      >
        <option value="">{ci('form.noTemplate')}</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
