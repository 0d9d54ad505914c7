import type { Metadata } from 'next';
import { ComponentStatusRow } from '@/components/admin/component-status-row';
import { pickableComponents } from '@/components/admin/pickable';
import { ComponentStatusBadge } from '@/components/admin/status-badge';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { derivePageState } from '@/lib/status/state';

export const metadata: Metadata = { title: 'Components' };

export default async function ComponentsPage() {
  await requireStaffPage('/admin/components');
  const { doc } = await getStore().load();
  const effective = new Map(
    derivePageState(doc, new Date()).components.map((c) => [c.id, c.effectiveStatus]),
  );
  const components = pickableComponents(doc);
  const groups = [...new Set(components.map((c) => c.group))];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Components</h1>
      <p className="text-muted">
        Change a status here when no incident is needed. During an incident, change components with the
        incident&apos;s updates so the timeline records it. A component under a running maintenance shows
        “Under maintenance” publicly unless something worse is set.
      </p>
      {groups.map((group) => (
        <section key={group} aria-label={group}>
          <h2 className="mb-2 text-lg font-semibold">{group}</h2>
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {components
              .filter((c) => c.group === group)
              .map((c) => {
                const shown = effective.get(c.id) ?? c.status;
                return (
                  <li key={c.id}>
                    <ComponentStatusRow id={c.id} name={c.name} status={c.status} />
                    {shown !== c.status ? (
                      <p className="px-4 pb-3 text-sm text-muted">
                        Shown publicly as <ComponentStatusBadge status={shown} />
                      </p>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
