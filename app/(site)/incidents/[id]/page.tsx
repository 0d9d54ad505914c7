import { localizeDocument } from '@/lib/status/localize';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslator } from '@/lib/i18n/messages';
import { getLocale, getRequestContext, type SearchParams } from '@/lib/next/request';
import { getStore } from '@/lib/store';
import { IncidentHeader } from '@/components/incidents/incident-header';
import { IncidentTimeline } from '@/components/incidents/incident-timeline';
import { incidentPageView } from '@/components/incidents/incident-view';
import { LiveRefresh } from '@/components/live/live-refresh';
import { liveRefreshProps } from '@/components/live/live-source';

export const dynamic = 'force-dynamic';

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = idSchema.safeParse((await params).id);
  const { doc } = localizeDocument((await getStore().load()).doc, await getLocale());
  const found = id.success
    ? (doc.incidents.find((i) => i.id === id.data) ?? doc.maintenances.find((m) => m.id === id.data))
    : undefined;
  return found ? { title: found.name } : {};
}

/** One incident or maintenance with its whole timeline, kept current while open. */
export default async function IncidentPage({ params, searchParams }: Props) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const stored = (await getStore().load()).doc;
  const ctx = await getRequestContext(await searchParams, stored.page.timeZone);
  const localized = localizeDocument(stored, ctx.locale);
  const doc = localized.doc;
  const view = incidentPageView(doc, id.data, { ...ctx, fallbackLang: localized.fallbackLang });
  if (!view) notFound();
  const t = getTranslator(ctx.locale);
  const live = liveRefreshProps(
    view.kind === 'incident' ? 'incidents' : 'maintenances',
    doc,
    ctx.now,
    ctx.locale,
  );

  return (
    <article className="space-y-6" data-revision={doc.revision}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link href="/" className="text-sm text-accent">
          <span aria-hidden="true">← </span>
          {t('incident.page.backToStatus')}
        </Link>
        <LiveRefresh {...live} />
      </div>
      <IncidentHeader
        view={view}
        labels={{
          posted: t('incident.page.posted'),
          resolved: t('incident.page.resolved'),
          duration: view.durationText ? t('incident.page.duration', { duration: view.durationText }) : null,
          affected: t('incident.page.affectedComponents'),
          noAffected: t('incident.page.noAffectedComponents'),
          notResolvedYet: t('incident.page.notResolvedYet'),
        }}
      />
      {view.postmortemHtml ? (
        <section
          aria-labelledby="postmortem-title"
          className="space-y-2 rounded-xl border border-border bg-surface p-4"
        >
          <h2 id="postmortem-title" className="text-lg font-semibold">
            {t('incident.page.postmortem')}
          </h2>
          <div
            className="break-words [&_a]:text-accent [&_a]:underline [&_p]:my-1"
            dangerouslySetInnerHTML={{ __html: view.postmortemHtml }}
          />
        </section>
      ) : null}
      <IncidentTimeline title={t('incident.timeline.title')} items={view.timeline} />
    </article>
  );
}
