'use client';

import { useState } from 'react';
import type { Locale } from '@/lib/core/locales';
import type { PickableComponent } from './component-picker';
import { secondaryButtonClass } from './fields';
import type { TemplateChoice } from './template-choices';
import { TemplateForm } from './template-form';

/** A template's edit form, drawn only when asked for: a page of templates stays light. */
export function TemplateEditor({
  template,
  components,
  defaultLocale,
  label,
}: {
  template: TemplateChoice;
  components: PickableComponent[];
  defaultLocale: Locale;
  label: string;
}) {
  const [open, setOpen] = useState(false);
  const panel = `template-${template.id}-editor`;
  return (
    <div className="border-t border-border px-4 py-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? panel : undefined}
        onClick={() => setOpen(!open)}
        className={secondaryButtonClass}
      >
        {label}
      </button>
      {open ? (
        <div id={panel} className="mt-4">
          <TemplateForm template={template} components={components} defaultLocale={defaultLocale} />
        </div>
      ) : null}
    </div>
  );
}
