import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/admin/action-button';
import { buttonClass } from '@/components/admin/fields';
import { formatInstant } from '@/components/admin/labels';
import { Badge } from '@/components/admin/status-badge';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { maintenanceStatus, type MaintenanceState } from '@/lib/status/state';

export const metadata: Metadata = { title: 'Maintenance' };

const stateTone = {
  scheduled: 'reserved',
  in_progress: 'maint',
  verifying: 'maint',
  completed: 'ok',
  cancelled: 'reserved',
} as const;

export default async function MaintenancesPage() {
  await requireStaffPage('/admin/maintenances');
  const { doc } = await getStore().load();
  const now = new Date();
  const zone = doc.page.timeZone;
  const items = doc.maintenances
    .map((m) => ({ ...m, state: maintenanceStatus(m, now) }))
    .sort((a, b) => Date.parse(b.scheduledFor) - Date.parse(a.scheduledFor));
  const names = new Map(doc.components.map((c) => [c.id, c.name]));
  const current = items.filter(
    (m) => m.state === 'scheduled' || m.state === 'in_progress' || m.state === 'verifying',
  );
  const past = items.filter((m) => m.state === 'completed' || m.state === 'cancelled').slice(0, 50);

  const row = (m: (typeof items)[number]) => {
    const path = `/api/v1/maintenances/${encodeURIComponent(m.id)}`;
    const running = m.state === 'in_progress' || m.state === 'verifying';
    return (
      <li key={m.id} className="space-y-2 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span className="font-medium break-words">{m.name}</span>
          <span className="flex gap-1">
            {m.emergency ? <Badge tone="critical">Emergency</Badge> : null}
            <Badge tone={stateTone[m.state]}>{label(m.state)}</Badge>
          </span>
        </div>
        <p className="text-sm text-muted">
          {formatInstant(m.scheduledFor, zone)} – {formatInstant(m.scheduledUntil, zone)}
          {m.componentIds.length > 0
            ? ` · ${m.componentIds.map((id) => names.get(id) ?? id).join(', ')}`
            : ''}
        </p>
        {m.emergency ? <p className="text-sm">Reason: {m.emergency.reason}</p> : null}
        <div className="flex flex-wrap gap-2">
          {m.state === 'in_progress' ? (
            <ActionButton
              method="PATCH"
              path={path}
              body={{ status: 'verifying' }}
              label="Move to verifying"
              busyLabel="Saving…"
            />
          ) : null}
          {running ? (
            <ActionButton
              method="PATCH"
              path={path}
              body={{ status: 'completed' }}
              label="Complete now"
              busyLabel="Saving…"
            />
          ) : null}
          {m.state !== 'completed' && m.state !== 'cancelled' ? (
            <ActionButton
              method="DELETE"
              path={path}
              label="Cancel maintenance"
              busyLabel="Cancelling…"
              danger
              confirm={`Cancel “${m.name}”? Customers will see it as cancelled.`}
            />
          ) : null}
        </div>
      </li>
    );
  };

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Maintenance</h1>
        <Link href="/admin/maintenances/new" className={buttonClass}>
          Schedule maintenance
        </Link>
      </div>
      <section aria-labelledby="current-m">
        <h2 id="current-m" className="mb-3 text-lg font-semibold">
          Announced and running
        </h2>
        {current.length === 0 ? (
          <p className="text-muted">Nothing announced.</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {current.map(row)}
          </ul>
        )}
      </section>
      <section aria-labelledby="past-m">
        <h2 id="past-m" className="mb-3 text-lg font-semibold">
          Completed and cancelled (latest 50)
        </h2>
        {past.length === 0 ? (
          <p className="text-muted">None yet.</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {past.map(row)}
          </ul>
        )}
      </section>
      <p className="text-sm text-muted">
        Recurring windows (system maintenance, application upgrades, patching) are on the{' '}
        <Link href="/admin/schedule" className="underline">
          recurring schedule
        </Link>
        .
      </p>
    </div>
  );
}

function label(state: MaintenanceState): string {
  return {
    scheduled: 'Scheduled',
    in_progress: 'In progress',
    verifying: 'Verifying',
    completed: 'Completed',
    cancelled: 'Cancelled',
  }[state];
}
