'use client';

import { renderMarkdown } from '@/lib/formats/markdown';
import { Field, describedBy, inputClass } from './fields';

/** A Markdown textarea with a live preview rendered by the same safe renderer the public pages use. */
export function MarkdownEditor({
  id,
  label,
  value,
  onChange,
  error,
  rows = 6,
  required = true,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  rows?: number;
  required?: boolean;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field
        id={id}
        label={label}
        hint="Markdown: **bold**, _italic_, [link](https://…), lists. No HTML."
        error={error}
      >
        <textarea
          id={id}
          rows={rows}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, true)}
          className={`${inputClass} font-mono text-sm`}
        />
      </Field>
      <section aria-label="Preview" className="min-w-0">
        <h3 className="font-medium">Preview</h3>
        <p className="text-sm text-muted">As customers will see it.</p>
        <div
          data-testid={`${id}-preview`}
          className="markdown mt-1 min-h-24 rounded-md border border-dashed border-border bg-surface-2 px-3 py-2 text-sm break-words [&_a]:text-accent [&_a]:underline [&_code]:font-mono [&_li]:ml-5 [&_ol]:list-decimal [&_p+p]:mt-2 [&_ul]:list-disc"
          dangerouslySetInnerHTML={{
            __html: value.trim() ? renderMarkdown(value) : '<p>Nothing to preview yet.</p>',
          }}
        />
      </section>
    </div>
  );
}
