import type { Metadata } from 'next';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { IncidentForm } from '@/components/admin/incident-form';
import { pickableComponents } from '@/components/admin/pickable';
import { templateChoices } from '@/components/admin/template-choices';
import { firstParam, type SearchParams } from '@/lib/next/request';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ ci }) => ci('create.title'));

export default async function NewIncidentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaffPage('/admin/incidents/new');
  const { doc } = await getStore().load();
  const { ci, c, locale } = await consoleText();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{ci('create.title')}</h1>
      <p className="text-muted">{ci('create.intro')}</p>
      <IncidentForm
        components={pickableComponents(doc, c('components.otherGroup'), locale)}
        templates={templateChoices(doc, locale)}
        defaultLocale={doc.page.defaultLocale}
        initialTemplate={firstParam((await searchParams).template)}
        pageZone={doc.page.timeZone}
      />
    </div>
  );
}
