import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/admin/action-button';
import { buttonClass } from '@/components/admin/fields';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { Badge } from '@/components/admin/status-badge';
import { getMessages } from '@/lib/i18n/messages';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { maintenanceStatus, type MaintenanceState } from '@/lib/status/state';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ cm }) => cm('list.title'));

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
  const { c, cm, status, when, locale: consoleLocale } = await consoleText();
  const label = (state: MaintenanceState) =>
    state === 'cancelled' ? getMessages(consoleLocale).calendar.status.cancelled : status.maintenance[state];
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
            {m.emergency ? <Badge tone="critical">{c('common.emergency')}</Badge> : null}
            <Badge tone={stateTone[m.state]}>{label(m.state)}</Badge>
          </span>
        </div>
        <p className="text-sm text-muted">
          {when(m.scheduledFor, zone)} – {when(m.scheduledUntil, zone)}
          {m.componentIds.length > 0
            ? ` · ${m.componentIds.map((id) => names.get(id) ?? id).join(', ')}`
            : ''}
        </p>
        {m.emergency ? <p className="text-sm">{cm('list.reason', { reason: m.emergency.reason })}</p> : null}
        <div className="flex flex-wrap gap-2">
          {m.state === 'in_progress' ? (
            <ActionButton
              method="PATCH"
              path={path}
              body={{ status: 'verifying' }}
              label={cm('list.toVerifying')}
              busyLabel={c('common.saving')}
            />
          ) : null}
          {running ? (
            <ActionButton
              method="PATCH"
              path={path}
              body={{ status: 'completed' }}
              label={cm('list.complete')}
              busyLabel={c('common.saving')}
            />
          ) : null}
          {m.state !== 'completed' && m.state !== 'cancelled' ? (
            <ActionButton
              method="DELETE"
              path={path}
              label={cm('list.cancel')}
              busyLabel={cm('list.cancelling')}
              danger
              confirm={cm('list.confirmCancel', { name: m.name })}
            />
          ) : null}
        </div>
      </li>
    );
  };

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{cm('list.title')}</h1>
        <Link href="/admin/maintenances/new" className={buttonClass}>
          {cm('list.schedule')}
        </Link>
      </div>
      <section aria-labelledby="current-m">
        <h2 id="current-m" className="mb-3 text-lg font-semibold">
          {cm('list.current')}
        </h2>
        {current.length === 0 ? (
          <p className="text-muted">{cm('list.nothing')}</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {current.map(row)}
          </ul>
        )}
      </section>
      <section aria-labelledby="past-m">
        <h2 id="past-m" className="mb-3 text-lg font-semibold">
          {cm('list.past', { count: 50 })}
        </h2>
        {past.length === 0 ? (
          <p className="text-muted">{cm('list.none')}</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {past.map(row)}
          </ul>
        )}
      </section>
      <p className="text-sm text-muted">
        {cm('list.recurringBefore')}{' '}
        <Link href="/admin/schedule" className="underline">
          {cm('list.recurringLink')}
        </Link>
        .
      </p>
    </div>
  );
}
