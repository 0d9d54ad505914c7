import type { Metadata } from 'next';
import { ActionButton } from '@/components/admin/action-button';
import { AdminOnly } from '@/components/admin/admin-only';
import { formatInstant } from '@/components/admin/labels';
import { StaffAddForm } from '@/components/admin/staff-add-form';
import { Badge } from '@/components/admin/status-badge';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const principal = await requireStaffPage('/admin/staff');
  if (principal.role !== 'admin') return <AdminOnly title="Staff" />;
  const { doc } = await getStore().load();
  const zone = doc.page.timeZone;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Staff</h1>
      <section aria-labelledby="members" className="overflow-x-auto">
        <h2 id="members" className="mb-3 text-lg font-semibold">
          Members
        </h2>
        <table className="w-full border-collapse rounded-lg border border-border bg-surface text-sm">
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col" className="px-3 py-2">
                Email
              </th>
              <th scope="col" className="px-3 py-2">
                Role
              </th>
              <th scope="col" className="px-3 py-2">
                Added
              </th>
              <th scope="col" className="px-3 py-2">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {doc.staff.map((m) => {
              const path = `/api/v1/staff/${encodeURIComponent(m.id)}`;
              const self = principal.member?.id === m.id;
              return (
                <tr key={m.id} className="border-b border-border align-top">
                  <td className="px-3 py-2">
                    {m.email}
                    {m.name ? <span className="block text-muted">{m.name}</span> : null}
                    {m.disabledAt ? <Badge tone="reserved">Disabled</Badge> : null}
                    {self ? <span className="block text-muted">(you)</span> : null}
                  </td>
                  <td className="px-3 py-2">{m.role === 'admin' ? 'Admin' : 'Editor'}</td>
                  <td className="px-3 py-2">{formatInstant(m.createdAt, zone)}</td>
                  <td className="flex flex-wrap gap-2 px-3 py-2">
                    <ActionButton
                      method="PATCH"
                      path={path}
                      body={{ role: m.role === 'admin' ? 'editor' : 'admin' }}
                      label={m.role === 'admin' ? 'Make editor' : 'Make admin'}
                      busyLabel="Saving…"
                    />
                    {m.disabledAt ? (
                      <ActionButton
                        method="PATCH"
                        path={path}
                        body={{ disabled: false }}
                        label="Enable"
                        busyLabel="Saving…"
                      />
                    ) : (
                      <ActionButton
                        method="PATCH"
                        path={path}
                        body={{ disabled: true }}
                        label="Disable"
                        busyLabel="Saving…"
                        danger
                        confirm={`Disable ${m.email}? They are signed out at once.`}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="add-member" className="rounded-lg border border-border bg-surface p-5">
        <h2 id="add-member" className="mb-3 text-lg font-semibold">
          Add a staff member
        </h2>
        <StaffAddForm />
      </section>
    </div>
  );
}
