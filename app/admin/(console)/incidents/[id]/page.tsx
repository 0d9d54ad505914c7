import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { IncidentUpdateForm } from '@/components/admin/incident-update-form';
import { pickableComponents } from '@/components/admin/pickable';
import { PostmortemForm } from '@/components/admin/postmortem-form';
import { ResolveForm } from '@/components/admin/resolve-form';
import { IncidentBadges } from '@/components/admin/status-badge';
import { templateChoices } from '@/components/admin/template-choices';
import { locales } from '@/lib/core/locales';
import { isOneOf, incidentStatuses } from '@/lib/core/vocab';
import { renderMarkdown } from '@/lib/formats/markdown';
import { localeNames } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { isIncidentOpen } from '@/lib/status/state';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ ci }) => ci('detail.title'));

const proseClass =
  'text-sm break-words [&_a]:text-accent [&_a]:underline [&_code]:font-mono [&_li]:ml-5 [&_ol]:list-decimal [&_p+p]:mt-2 [&_ul]:list-disc';

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage(`/admin/incidents/${encodeURIComponent(id)}`);
  const { doc } = await getStore().load();
  const incident = doc.incidents.find((i) => i.id === id);
  if (!incident) notFound();
  const { c, ci, status: words, when, locale } = await consoleText();
  const zone = doc.page.timeZone;
  const open = isIncidentOpen(incident);
  const updates = [...incident.updates].reverse();
  // The resolution message comes ready in every language; staff may change any of them.
  const resolveMessages = Object.fromEntries(
    locales.map((l) => [l, getMessages(l).consoleIncidents.resolve.defaultMessage]),
  );
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/incidents" className="underline">
            {ci('list.title')}
          </Link>{' '}
          ·{' '}
          <Link href={`/incidents/${encodeURIComponent(incident.id)}`} className="underline">
            {ci('detail.publicPage')}
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold break-words">{incident.name}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <IncidentBadges status={incident.status} impact={incident.impact} />
          <span className="text-sm text-muted">
            {ci('detail.started', { time: when(incident.startedAt, zone) })}
            {incident.resolvedAt
              ? ` · ${ci('detail.resolvedAt', { time: when(incident.resolvedAt, zone) })}`
              : ''}
          </span>
        </div>
      </div>

      {open ? (
        <section aria-labelledby="resolve-heading" className="rounded-lg border border-border bg-surface p-5">
          <h2 id="resolve-heading" className="mb-3 text-lg font-semibold">
            {ci('detail.resolve')}
          </h2>
          <ResolveForm
            incidentId={incident.id}
            defaultLocale={doc.page.defaultLocale}
            messages={resolveMessages}
          />
        </section>
      ) : null}

      <section aria-labelledby="update-heading" className="rounded-lg border border-border bg-surface p-5">
        <h2 id="update-heading" className="mb-3 text-lg font-semibold">
          {open ? ci('detail.postUpdate') : ci('detail.reopen')}
        </h2>
        <IncidentUpdateForm
          incidentId={incident.id}
          status={incident.status}
          impact={incident.impact}
          components={pickableComponents(doc, c('components.otherGroup'), locale)}
          templates={templateChoices(doc, locale)}
          defaultLocale={doc.page.defaultLocale}
          pageZone={doc.page.timeZone}
        />
      </section>

      {!open ? (
        <section
          aria-labelledby="postmortem-heading"
          className="rounded-lg border border-border bg-surface p-5"
        >
          <h2 id="postmortem-heading" className="mb-3 text-lg font-semibold">
            {ci('detail.postmortem')}
          </h2>
          <PostmortemForm incidentId={incident.id} initial={incident.postmortem ?? ''} />
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
          {ci('detail.timeline')}
        </h2>
        <ol className="space-y-3">
          {updates.map((u) => {
            const languages = locales.filter((l) => u.translations?.[l]?.body).map((l) => localeNames[l]);
            return (
              <li key={u.id} className="rounded-lg border border-border bg-surface p-4">
                <p className="text-sm">
                  <strong>{isOneOf(incidentStatuses, u.status) ? words.incident[u.status] : u.status}</strong>
                  <span className="text-muted">
                    {' '}
                    · {when(u.displayAt, zone)}
                    {u.author ? ` · ${u.author}` : ''}
                  </span>
                </p>
                <div
                  className={`mt-2 ${proseClass}`}
                  lang={doc.page.defaultLocale}
                  dangerouslySetInnerHTML={{ __html: renderMarkdown(u.body) }}
                />
                {languages.length > 0 ? (
                  <p className="mt-1 text-xs text-muted">
                    {ci('detail.translatedInto', { languages: languages.join(', ') })}
                  </p>
                ) : null}
                {u.affectedComponents.length > 0 ? (
                  <ul className="mt-2 text-sm text-muted">
                    {u.affectedComponents.map((change) => (
                      <li key={change.id}>
                        {ci('detail.change', {
                          component: change.name,
                          from: words.component[change.oldStatus],
                          to: words.component[change.newStatus],
                        })}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
