import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/fields';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { IncidentBadges } from '@/components/admin/status-badge';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { isIncidentOpen } from '@/lib/status/state';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ ci }) => ci('list.title'));

export default async function IncidentsPage() {
  await requireStaffPage('/admin/incidents');
  const { doc } = await getStore().load();
  const incidents = [...doc.incidents].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  const open = incidents.filter(isIncidentOpen);
  const closed = incidents.filter((i) => !isIncidentOpen(i)).slice(0, 50);
  const zone = doc.page.timeZone;
  const { ci, when } = await consoleText();
  const list = (items: typeof incidents, empty: string) =>
    items.length === 0 ? (
      <p className="text-muted">{empty}</p>
    ) : (
      <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
        {items.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <div>
              <Link href={`/admin/incidents/${i.id}`} className="font-medium underline">
                {i.name}
              </Link>
              <p className="text-sm text-muted">{ci('list.started', { time: when(i.startedAt, zone) })}</p>
            </div>
            <IncidentBadges status={i.status} impact={i.impact} />
          </li>
        ))}
      </ul>
    );
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{ci('list.title')}</h1>
        <Link href="/admin/incidents/new" className={buttonClass}>
          {ci('list.post')}
        </Link>
      </div>
      <section aria-labelledby="open-incidents">
        <h2 id="open-incidents" className="mb-3 text-lg font-semibold">
          {ci('list.open')}
        </h2>
        {list(open, ci('list.noOpen'))}
      </section>
      <section aria-labelledby="closed-incidents">
        <h2 id="closed-incidents" className="mb-3 text-lg font-semibold">
          {ci('list.resolved', { count: 50 })}
        </h2>
        {list(closed, ci('list.noResolved'))}
      </section>
    </div>
  );
}
