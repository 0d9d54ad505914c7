import type { ReactNode } from 'react';

/** Form building blocks: every control has a visible label, and its error is tied to it with aria-describedby. */
export const inputClass =
  'mt-1 block w-full rounded-md border border-border bg-surface px-3 py-2 text-text shadow-sm aria-[invalid=true]:border-critical';
export const buttonClass =
  'inline-flex items-center justify-center rounded-md bg-accent px-4 py-2 font-medium text-accent-fg hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-60';
export const secondaryButtonClass =
  'inline-flex items-center justify-center rounded-md border border-border bg-surface px-3 py-1.5 text-sm font-medium text-text hover:bg-surface-2 disabled:opacity-60';
export const dangerButtonClass =
  'inline-flex items-center justify-center rounded-md border border-critical bg-critical-bg px-3 py-1.5 text-sm font-medium text-critical hover:opacity-90 disabled:opacity-60';

export function describedBy(id: string, error?: string, hint?: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-critical">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FormAlert({
  message,
  tone = 'error',
}: {
  message: string | null | undefined;
  tone?: 'error' | 'ok';
}) {
  if (!message) return null;
  const style =
    tone === 'error' ? 'border-critical bg-critical-bg text-critical' : 'border-ok bg-ok-bg text-ok';
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border px-4 py-3 text-sm font-medium ${style}`}
    >
      {message}
    </div>
  );
}

export interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  error?: string;
  onChange: (value: T) => void;
}

/** A labelled select over a vocabulary, its error tied to it; picks outside the vocabulary are ignored. */
export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  labels,
  error,
  onChange,
}: SelectFieldProps<T>) {
  return (
    <Field id={id} label={label} error={error}>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const picked = options.find((o) => o === e.target.value);
          if (picked !== undefined) onChange(picked);
        }}
        aria-describedby={describedBy(id, error)}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o]}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A checkbox with its label beside it, for a form's yes/no choice. */
export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-2">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="size-4 accent-accent"
      />
      {label}
    </label>
  );
}
