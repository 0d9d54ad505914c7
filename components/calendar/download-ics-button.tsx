'use client';

export interface DownloadIcsButtonProps {
  label: string;
  /** Which window, for screen readers: 'System maintenance, 12 March 2026'. */
  context: string;
  className?: string;
  /** Builds the file when clicked, so nothing is computed for windows nobody downloads. */
  make: () => { text: string; fileName: string };
}

/** Saves one window as an .ics file made in the browser: no server route, nothing extra to cache. */
export function DownloadIcsButton({ label, context, className = '', make }: DownloadIcsButtonProps) {
  function download() {
    const { text, fileName } = make();
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <button
      type="button"
      onClick={download}
      className={`inline-flex min-h-9 shrink-0 items-center gap-1.5 self-start rounded-md border border-border px-2.5 text-sm hover:bg-surface-2 ${className}`}
    >
      <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
        <path
          d="M10 3v9m0 0l-3.5-3.5M10 12l3.5-3.5M4 15.5h12"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {label}
      <span className="sr-only">: {context}</span>
    </button>
  );
}
