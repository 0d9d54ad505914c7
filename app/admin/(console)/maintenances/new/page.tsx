import type { Metadata } from 'next';
import { MaintenanceForm } from '@/components/admin/maintenance-form';
import { pickableComponents } from '@/components/admin/pickable';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const metadata: Metadata = { title: 'Schedule maintenance' };

export default async function NewMaintenancePage() {
  await requireStaffPage('/admin/maintenances/new');
  const { doc } = await getStore().load();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Schedule maintenance</h1>
      <p className="text-muted">
        Scheduled downtime is announced at least 24 hours before it starts. Shorter notice is only for
        emergencies, with a reason customers can read.
      </p>
      <MaintenanceForm
        components={pickableComponents(doc)}
        pageZone={doc.page.timeZone}
        serverNowMs={Date.now()}
        reservedRules={doc.rules
          .filter((r) => r.status === 'reserved')
          .map((r) => ({ id: r.id, title: r.title }))}
      />
    </div>
  );
}
