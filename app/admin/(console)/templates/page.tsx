import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/admin/action-button';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { pickableComponents } from '@/components/admin/pickable';
import { IncidentBadges } from '@/components/admin/status-badge';
import { templateChoices } from '@/components/admin/template-choices';
import { TemplateEditor } from '@/components/admin/template-editor';
import { TemplateForm } from '@/components/admin/template-form';
import { locales } from '@/lib/core/locales';
import { localeNames } from '@/lib/i18n/locales';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ ci }) => ci('templates.title'));

/** Prepared incidents in every language: staff start an incident or an update from one. */
export default async function TemplatesPage() {
  await requireStaffPage('/admin/templates');
  const { doc } = await getStore().load();
  const { c, ci, locale } = await consoleText();
  const components = pickableComponents(doc, c('components.otherGroup'), locale);
  const defaultLocale = doc.page.defaultLocale;
  const templates = templateChoices(doc, locale);
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{ci('templates.title')}</h1>
        <p className="text-muted">{ci('templates.intro')}</p>
      </div>
      {templates.length === 0 ? (
        <p className="text-muted">{ci('templates.none')}</p>
      ) : (
        <ul className="space-y-3">
          {templates.map((t) => {
            const written = [
              defaultLocale,
              ...locales.filter((l) => t.translations[l]?.name || t.translations[l]?.body),
            ];
            return (
              <li key={t.id} className="rounded-lg border border-border bg-surface" data-template={t.id}>
                <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <div className="space-y-1">
                    <p className="font-medium">{t.label}</p>
                    <IncidentBadges status={t.status} impact={t.impact} />
                    <p className="text-sm text-muted">
                      {ci('templates.languages', {
                        languages: written.map((l) => localeNames[l]).join(', '),
                      })}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-start gap-2">
                    <Link
                      href={`/admin/incidents/new?template=${encodeURIComponent(t.id)}`}
                      className="text-sm underline"
                    >
                      {ci('templates.use')}
                    </Link>
                    <ActionButton
                      method="DELETE"
                      path={`/api/v1/templates/${encodeURIComponent(t.id)}`}
                      label={ci('templates.delete')}
                      busyLabel={ci('templates.deleting')}
                      danger
                      confirm={ci('templates.confirmDelete', { name: t.label })}
                    />
                  </div>
                </div>
                <TemplateEditor
                  template={t}
                  components={components}
                  defaultLocale={defaultLocale}
                  label={ci('templates.editTitle', { name: t.label })}
                />
              </li>
            );
          })}
        </ul>
      )}
      <section aria-labelledby="new-template" className="rounded-lg border border-border bg-surface p-5">
        <h2 id="new-template" className="mb-3 text-lg font-semibold">
          {ci('templates.add')}
        </h2>
        <TemplateForm components={components} defaultLocale={defaultLocale} />
      </section>
    </div>
  );
}
