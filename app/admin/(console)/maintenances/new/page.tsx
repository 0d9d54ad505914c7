import type { Metadata } from 'next';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { MaintenanceForm } from '@/components/admin/maintenance-form';
import { pickableComponents } from '@/components/admin/pickable';
import { ruleText } from '@/lib/i18n/rules';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ cm }) => cm('create.title'));

export default async function NewMaintenancePage() {
  await requireStaffPage('/admin/maintenances/new');
  const { doc } = await getStore().load();
  const { c, cm, locale } = await consoleText();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{cm('create.title')}</h1>
      <p className="text-muted">{cm('create.intro')}</p>
      <MaintenanceForm
        components={pickableComponents(doc, c('components.otherGroup'), locale)}
        pageZone={doc.page.timeZone}
        serverNowMs={Date.now()}
        defaultLocale={doc.page.defaultLocale}
        reservedRules={doc.rules
          .filter((r) => r.status === 'reserved')
          .map((r) => ({ id: r.id, title: ruleText(locale, r).title }))}
      />
    </div>
  );
}
