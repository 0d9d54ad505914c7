import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IncidentUpdateForm } from '@/components/admin/incident-update-form';
import { componentStatusLabel, formatInstant } from '@/components/admin/labels';
import { pickableComponents } from '@/components/admin/pickable';
import { PostmortemForm } from '@/components/admin/postmortem-form';
import { ResolveForm } from '@/components/admin/resolve-form';
import { IncidentBadges } from '@/components/admin/status-badge';
import { renderMarkdown } from '@/lib/formats/markdown';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { isIncidentOpen } from '@/lib/status/state';
import { incidentStatusLabel } from '@/components/admin/labels';
import { isOneOf, incidentStatuses } from '@/lib/core/vocab';

export const metadata: Metadata = { title: 'Incident' };

const proseClass =
  'text-sm break-words [&_a]:text-accent [&_a]:underline [&_code]:font-mono [&_li]:ml-5 [&_ol]:list-decimal [&_p+p]:mt-2 [&_ul]:list-disc';

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage(`/admin/incidents/${encodeURIComponent(id)}`);
  const { doc } = await getStore().load();
  const incident = doc.incidents.find((i) => i.id === id);
  if (!incident) notFound();
  const zone = doc.page.timeZone;
  const open = isIncidentOpen(incident);
  const updates = [...incident.updates].reverse();
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/incidents" className="underline">
            Incidents
          </Link>{' '}
          ·{' '}
          <Link href={`/incidents/${encodeURIComponent(incident.id)}`} className="underline">
            Public page
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold break-words">{incident.name}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <IncidentBadges status={incident.status} impact={incident.impact} />
          <span className="text-sm text-muted">
            Started {formatInstant(incident.startedAt, zone)}
            {incident.resolvedAt ? ` · resolved ${formatInstant(incident.resolvedAt, zone)}` : ''}
          </span>
        </div>
      </div>

      {open ? (
        <section aria-labelledby="resolve-heading" className="rounded-lg border border-border bg-surface p-5">
          <h2 id="resolve-heading" className="mb-3 text-lg font-semibold">
            Resolve
          </h2>
          <ResolveForm incidentId={incident.id} />
        </section>
      ) : null}

      <section aria-labelledby="update-heading" className="rounded-lg border border-border bg-surface p-5">
        <h2 id="update-heading" className="mb-3 text-lg font-semibold">
          {open ? 'Post an update' : 'Reopen or add an update'}
        </h2>
        <IncidentUpdateForm
          incidentId={incident.id}
          status={incident.status}
          impact={incident.impact}
          components={pickableComponents(doc)}
        />
      </section>

      {!open ? (
        <section
          aria-labelledby="postmortem-heading"
          className="rounded-lg border border-border bg-surface p-5"
        >
          <h2 id="postmortem-heading" className="mb-3 text-lg font-semibold">
            Post-mortem
          </h2>
          <PostmortemForm incidentId={incident.id} initial={incident.postmortem ?? ''} />
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
          Timeline
        </h2>
        <ol className="space-y-3">
          {updates.map((u) => (
            <li key={u.id} className="rounded-lg border border-border bg-surface p-4">
              <p className="text-sm">
                <strong>
                  {isOneOf(incidentStatuses, u.status) ? incidentStatusLabel[u.status] : u.status}
                </strong>
                <span className="text-muted">
                  {' '}
                  · {formatInstant(u.displayAt, zone)}
                  {u.author ? ` · ${u.author}` : ''}
                </span>
              </p>
              <div
                className={`mt-2 ${proseClass}`}
                dangerouslySetInnerHTML={{ __html: renderMarkdown(u.body) }}
              />
              {u.affectedComponents.length > 0 ? (
                <ul className="mt-2 text-sm text-muted">
                  {u.affectedComponents.map((c) => (
                    <li key={c.id}>
                      {c.name}: {componentStatusLabel[c.oldStatus]} → {componentStatusLabel[c.newStatus]}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
