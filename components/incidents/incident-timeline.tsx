import type { TimelineItem } from '@/components/incidents/incident-view';

export interface IncidentTimelineProps {
  title: string;
  items: TimelineItem[];
}

/** Every update, newest first: status, time in the viewer's zone, the message, and which components changed to what. */
export function IncidentTimeline({ title, items }: IncidentTimelineProps) {
  return (
    <section aria-labelledby="timeline-title" className="space-y-3">
      <h2 id="timeline-title" className="text-lg font-semibold">
        {title}
      </h2>
      <ol className="space-y-0 border-l-2 border-border">
        {items.map((u) => (
          <li key={u.id} className="relative pb-5 pl-5 last:pb-0" data-update={u.id} data-status={u.status}>
            <span
              aria-hidden="true"
              className="absolute top-1.5 -left-[7px] size-3 rounded-full border-2 border-surface bg-accent"
            />
            <p className="flex flex-wrap items-baseline gap-x-3">
              <strong className="font-semibold">{u.statusLabel}</strong>
              <time dateTime={u.at} className="text-sm text-muted">
                {u.atText}
              </time>
            </p>
            {/* Safe HTML: lib/formats/markdown escapes raw HTML and allows only http(s)/mailto links. */}
            <div
              className="mt-1 break-words [&_a]:text-accent [&_a]:underline [&_p]:my-1"
              lang={u.lang}
              dangerouslySetInnerHTML={{ __html: u.html }}
            />
            {u.changes.length > 0 ? (
              <ul className="mt-1 flex flex-wrap gap-2 text-xs text-muted">
                {u.changes.map((c) => (
                  <li
                    key={c.id}
                    className="rounded border border-border px-2 py-0.5"
                    data-component={c.id}
                    data-component-status={c.status}
                  >
                    <span lang={c.lang}>{c.name}</span>: {c.statusLabel}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
