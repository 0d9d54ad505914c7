import type { Metadata } from 'next';
import { ComponentStatusRow } from '@/components/admin/component-status-row';
import { ComponentTranslations } from '@/components/admin/component-translations';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { pickableComponents } from '@/components/admin/pickable';
import { ComponentStatusBadge } from '@/components/admin/status-badge';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { localizeDocument } from '@/lib/status/localize';
import { derivePageState } from '@/lib/status/state';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ c }) => c('components.title'));

export default async function ComponentsPage() {
  await requireStaffPage('/admin/components');
  const { doc } = await getStore().load();
  const { c, locale } = await consoleText();
  const shown = localizeDocument(doc, locale).doc;
  const effective = new Map(
    derivePageState(doc, new Date()).components.map((x) => [x.id, x.effectiveStatus]),
  );
  const stored = new Map([...doc.components, ...doc.groups].map((x) => [x.id, x]));
  const components = pickableComponents(doc, c('components.otherGroup'), locale);
  const groups = [...new Set(components.map((x) => x.group))];
  const defaultLocale = doc.page.defaultLocale;
  const translations = (id: string) => stored.get(id)?.translations ?? {};
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{c('components.title')}</h1>
      <p className="text-muted">{c('components.intro')}</p>
      {groups.map((group) => {
        const groupRecord = shown.groups.find((g) => g.name === group);
        return (
          <section key={group} aria-label={group}>
            <h2 className="mb-2 text-lg font-semibold">{group}</h2>
            {groupRecord ? (
              <div className="mb-2 rounded-lg border border-border bg-surface pt-3">
                <ComponentTranslations
                  id={groupRecord.id}
                  name={stored.get(groupRecord.id)?.name ?? groupRecord.name}
                  defaultLocale={defaultLocale}
                  translations={translations(groupRecord.id)}
                />
              </div>
            ) : null}
            <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
              {components
                .filter((x) => x.group === group)
                .map((x) => {
                  const publicly = effective.get(x.id) ?? x.status;
                  return (
                    <li key={x.id}>
                      <ComponentStatusRow id={x.id} name={x.name} status={x.status} />
                      {publicly !== x.status ? (
                        <p className="px-4 pb-3 text-sm text-muted">
                          {c('components.shownAs')} <ComponentStatusBadge status={publicly} />
                        </p>
                      ) : null}
                      <ComponentTranslations
                        id={x.id}
                        name={stored.get(x.id)?.name ?? x.name}
                        defaultLocale={defaultLocale}
                        translations={translations(x.id)}
                      />
                    </li>
                  );
                })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
