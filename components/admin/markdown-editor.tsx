'use client';

import { renderMarkdown } from '@/lib/formats/markdown';
import { useConsoleText } from './console-text';
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
  lang,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  rows?: number;
  required?: boolean;
  /** The language of the text typed here, when it differs from the console's. */
  lang?: string;
}) {
  const { ci } = useConsoleText();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={id} label={label} hint={ci('markdown.hint')} error={error}>
        <textarea
          id={id}
          rows={rows}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          lang={lang}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, true)}
          className={`${inputClass} font-mono text-sm`}
        />
      </Field>
      <section aria-label={`${ci('markdown.preview')}: ${label}`} className="min-w-0">
        <h3 className="font-medium">{ci('markdown.preview')}</h3>
        <p className="text-sm text-muted">{ci('markdown.previewHint')}</p>
        <div
          data-testid={`${id}-preview`}
          lang={value.trim() ? lang : undefined}
          className="markdown mt-1 min-h-24 rounded-md border border-dashed border-border bg-surface-2 px-3 py-2 text-sm break-words [&_a]:text-accent [&_a]:underline [&_code]:font-mono [&_li]:ml-5 [&_ol]:list-decimal [&_p+p]:mt-2 [&_ul]:list-disc"
          dangerouslySetInnerHTML={{
            __html: value.trim() ? renderMarkdown(value) : `<p>${escapeText(ci('markdown.empty'))}</p>`,
          }}
        />
      </section>
    </div>
  );
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
