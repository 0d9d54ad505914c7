import type { Metadata } from 'next';
import Link from 'next/link';
import { ComponentStatusBadge, IncidentBadges, Badge } from '@/components/admin/status-badge';
import { buttonClass, secondaryButtonClass } from '@/components/admin/fields';
import { formatInstant, indicatorLabel } from '@/components/admin/labels';
import { StatusIcon, indicatorTone } from '@/components/status/status-icon';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { derivePageState } from '@/lib/status/state';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  await requireStaffPage('/admin');
  const { doc, problem } = await getStore().load();
  const now = new Date();
  const state = derivePageState(doc, now);
  const zone = doc.page.timeZone;
  return (
    <div className="space-y-8">
      {problem ? (
        <p
          role="alert"
          className="rounded-md border border-critical bg-critical-bg px-4 py-3 text-sm text-critical"
        >
          The store file cannot be written ({problem.file}: {problem.problem}). The public page shows the last
          good copy; posts will fail until it is fixed.
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
              {indicatorLabel[state.indicator]}
            </h1>
            <p className="text-sm text-muted">What customers see right now · revision {doc.revision}</p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/incidents/new" className={buttonClass}>
            Post an incident
          </Link>
          <Link href="/admin/maintenances/new" className={secondaryButtonClass}>
            Schedule maintenance
          </Link>
        </div>
      </section>

      <section aria-labelledby="open-heading">
        <h2 id="open-heading" className="mb-3 text-lg font-semibold">
          Open incidents
        </h2>
        {state.openIncidents.length === 0 ? (
          <p className="text-muted">No open incidents.</p>
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
                  Started {formatInstant(incident.startedAt, zone)} · last update{' '}
                  {formatInstant(incident.updatedAt, zone)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="maint-heading">
        <h2 id="maint-heading" className="mb-3 text-lg font-semibold">
          Maintenance in progress and announced
        </h2>
        {state.activeMaintenances.length + state.upcomingMaintenances.length === 0 ? (
          <p className="text-muted">No maintenance in progress or announced.</p>
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
                    {formatInstant(m.scheduledFor, zone)} – {formatInstant(m.scheduledUntil, zone)}
                  </p>
                </div>
                <span className="flex gap-1">
                  {m.emergency ? <Badge tone="critical">Emergency</Badge> : null}
                  <Badge tone={m.state === 'scheduled' ? 'reserved' : 'maint'}>
                    {m.state.replace('_', ' ')}
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
            Components
          </h2>
          <Link href="/admin/components" className="text-sm underline">
            Change a status
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
