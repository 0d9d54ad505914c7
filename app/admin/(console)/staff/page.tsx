import type { Metadata } from 'next';
import { ActionButton } from '@/components/admin/action-button';
import { AdminOnly } from '@/components/admin/admin-only';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { StaffAddForm } from '@/components/admin/staff-add-form';
import { Badge } from '@/components/admin/status-badge';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { ConsoleTable } from '@/components/admin/console-table';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ c }) => c('staff.title'));

export default async function StaffPage() {
  const principal = await requireStaffPage('/admin/staff');
  const { c, when } = await consoleText();
  if (principal.role !== 'admin')
    return <AdminOnly title={c('staff.title')} message={c('common.adminOnly')} />;
  const { doc } = await getStore().load();
  const zone = doc.page.timeZone;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{c('staff.title')}</h1>
      <section aria-labelledby="members" className="overflow-x-auto">
        <h2 id="members" className="mb-3 text-lg font-semibold">
          {c('staff.members')}
        </h2>
        <ConsoleTable columns={[c('staff.email'), c('staff.role'), c('staff.added'), c('staff.actions')]}>
          {doc.staff.map((m) => {
            const path = `/api/v1/staff/${encodeURIComponent(m.id)}`;
            const self = principal.member?.id === m.id;
            return (
              <tr key={m.id} className="border-b border-border align-top">
                <td className="px-3 py-2">
                  {m.email}
                  {m.name ? <span className="block text-muted">{m.name}</span> : null}
                  {m.disabledAt ? <Badge tone="reserved">{c('staff.disabled')}</Badge> : null}
                  {self ? <span className="block text-muted">{c('common.you')}</span> : null}
                </td>
                <td className="px-3 py-2">{c(`roles.${m.role}`)}</td>
                <td className="px-3 py-2">{when(m.createdAt, zone)}</td>
                <td className="flex flex-wrap gap-2 px-3 py-2">
                  <ActionButton
                    method="PATCH"
                    path={path}
                    body={{ role: m.role === 'admin' ? 'editor' : 'admin' }}
                    label={m.role === 'admin' ? c('staff.makeEditor') : c('staff.makeAdmin')}
                    busyLabel={c('common.saving')}
                  />
                  {m.disabledAt ? (
                    <ActionButton
                      method="PATCH"
                      path={path}
                      body={{ disabled: false }}
                      label={c('staff.enable')}
                      busyLabel={c('common.saving')}
                    />
                  ) : (
                    <ActionButton
                      method="PATCH"
                      path={path}
                      body={{ disabled: true }}
                      label={c('staff.disable')}
                      busyLabel={c('common.saving')}
                      danger
                      confirm={c('staff.confirmDisable', { email: m.email })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </ConsoleTable>
      </section>
      <section aria-labelledby="add-member" className="rounded-lg border border-border bg-surface p-5">
        <h2 id="add-member" className="mb-3 text-lg font-semibold">
          {c('staff.add')}
        </h2>
        <StaffAddForm />
      </section>
    </div>
  );
}
