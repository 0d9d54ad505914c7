import type { Metadata } from 'next';
import { IncidentForm } from '@/components/admin/incident-form';
import { pickableComponents } from '@/components/admin/pickable';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const metadata: Metadata = { title: 'Post an incident' };

export default async function NewIncidentPage() {
  await requireStaffPage('/admin/incidents/new');
  const { doc } = await getStore().load();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Post an incident</h1>
      <p className="text-muted">
        It is public the moment you post it: on the status page, the API, the embed and the feeds.
      </p>
      <IncidentForm components={pickableComponents(doc)} />
    </div>
  );
}
