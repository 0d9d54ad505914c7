import type { Metadata } from 'next';
import Link from 'next/link';
import { ComponentStatusBadge, IncidentBadges, Badge } from '@/components/admin/status-badge';
import { buttonClass, secondaryButtonClass } from '@/components/admin/fields';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { StatusIcon, indicatorTone } from '@/components/status/status-icon';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { derivePageState } from '@/lib/status/state';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ c }) => c('dashboard.title'));

export default async function DashboardPage() {
  await requireStaffPage('/admin');
  const { doc, problem } = await getStore().load();
  const now = new Date();
  const { c, status, when } = await consoleText();
  const state = derivePageState(doc, now);
  const zone = doc.page.timeZone;
  return (
    <div className="space-y-8">
      {problem ? (
        <p
          role="alert"
          className="rounded-md border border-critical bg-critical-bg px-4 py-3 text-sm text-critical"
        >
          {c('dashboard.storeProblem', { file: problem.file, problem: problem.problem })}
        </p>
      ) : null}
      <section
        aria-labelledby="now-heading"
        className="flex flex-wrap items-center justify-between gap-4 rounded-lg border border-border bg-surface p-5"
      >
        <div className="flex items-center gap-3">
          <StatusIcon tone={indicatorTone[state.indicator]} className="size-8" />
          <div>
            <h1 id="now-heading" className="text-xl font-semibold">
              {status.indicator[state.indicator]}
            </h1>
            <p className="text-sm text-muted">{c('dashboard.customersSee', { revision: doc.revision })}</p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/incidents/new" className={buttonClass}>
            {c('dashboard.postIncident')}
          </Link>
          <Link href="/admin/maintenances/new" className={secondaryButtonClass}>
            {c('dashboard.scheduleMaintenance')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="open-heading">
        <h2 id="open-heading" className="mb-3 text-lg font-semibold">
          {c('dashboard.openIncidents')}
        </h2>
        {state.openIncidents.length === 0 ? (
          <p className="text-muted">{c('dashboard.noOpenIncidents')}</p>
        ) : (
          <ul className="space-y-2">
            {state.openIncidents.map((incident) => (
              <li key={incident.id} className="rounded-lg border border-border bg-surface p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/admin/incidents/${incident.id}`} className="font-medium underline">
                    {incident.name}
                  </Link>
                  <IncidentBadges status={incident.status} impact={incident.impact} />
                </div>
                <p className="mt-1 text-sm text-muted">
                  {c('dashboard.startedAndUpdated', {
                    started: when(incident.startedAt, zone),
                    updated: when(incident.updatedAt, zone),
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="maint-heading">
        <h2 id="maint-heading" className="mb-3 text-lg font-semibold">
          {c('dashboard.maintenance')}
        </h2>
        {state.activeMaintenances.length + state.upcomingMaintenances.length === 0 ? (
          <p className="text-muted">{c('dashboard.noMaintenance')}</p>
        ) : (
          <ul className="space-y-2">
            {[...state.activeMaintenances, ...state.upcomingMaintenances].map((m) => (
              <li
                key={m.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-border bg-surface p-4"
              >
                <div>
                  <Link href="/admin/maintenances" className="font-medium underline">
                    {m.name}
                  </Link>
                  <p className="text-sm text-muted">
                    {when(m.scheduledFor, zone)} – {when(m.scheduledUntil, zone)}
                  </p>
                </div>
                <span className="flex gap-1">
                  {m.emergency ? <Badge tone="critical">{c('common.emergency')}</Badge> : null}
                  <Badge tone={m.state === 'scheduled' ? 'reserved' : 'maint'}>
                    {status.maintenance[m.state === 'cancelled' ? 'completed' : m.state]}
                  </Badge>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="components-heading">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="components-heading" className="text-lg font-semibold">
            {c('dashboard.components')}
          </h2>
          <Link href="/admin/components" className="text-sm underline">
            {c('dashboard.changeStatus')}
          </Link>
        </div>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {state.components.map((c) => (
            <li
              key={c.id}
              className="flex items-center justify-between gap-2 rounded-md border border-border bg-surface px-3 py-2"
            >
              <span className="text-sm">{c.name}</span>
              <ComponentStatusBadge status={c.effectiveStatus} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
