import { localizeDocument } from '@/lib/status/localize';
import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getTranslator } from '@/lib/i18n/messages';
import { firstParam, getLocale, getRequestContext, type SearchParams } from '@/lib/next/request';
import { getStore } from '@/lib/store';
import { HistoryList } from '@/components/incidents/history-list';
import { historyView } from '@/components/incidents/history-view';

export const dynamic = 'force-dynamic';

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getLocale())('incident.history.title') };
}

/** Past incidents and maintenances by month, newest first, three months a page (`?page=2` goes further back). */
export default async function HistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const stored = (await getStore().load()).doc;
  const ctx = await getRequestContext(query, stored.page.timeZone);
  const { doc, fallbackLang } = localizeDocument(stored, ctx.locale);
  const t = getTranslator(ctx.locale);
  const view = historyView(doc, { ...ctx, fallbackLang }, pageSchema.parse(firstParam(query.page)));
  const href = (page: number) => (page === 1 ? '/history' : `/history?page=${page}`);

  return (
    <div className="space-y-6" data-revision={doc.revision}>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('incident.history.title')}</h1>
        <p className="text-muted">{t('incident.history.intro')}</p>
      </header>
      <HistoryList
        months={view.months}
        labels={{
          incidents: t('feeds.incident'),
          maintenance: t('feeds.maintenance'),
          empty: (month) => t('incident.history.noIncidentsIn', { month }),
        }}
      />
      <nav
        aria-label={t('common.pagination.label')}
        className="flex items-center justify-between gap-4 border-t border-border pt-4 text-sm"
      >
        {view.page > 1 ? (
          <Link href={href(view.page - 1)} rel="prev" className="text-accent">
            <span aria-hidden="true">← </span>
            {t('common.pagination.newer')}
          </Link>
        ) : (
          <span />
        )}
        <span className="text-muted">
          {t('common.pagination.page', { page: view.page, pages: view.pages })}
        </span>
        {view.page < view.pages ? (
          <Link href={href(view.page + 1)} rel="next" className="text-accent">
            {t('common.pagination.older')}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
