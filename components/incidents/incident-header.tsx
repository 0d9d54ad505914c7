import type { IncidentPageView } from '@/components/incidents/incident-view';
import type { StatusTone } from '@/components/status/status-icon';
import { StatusIcon, toneSurface } from '@/components/status/status-icon';

export interface IncidentHeaderLabels {
  posted: string;
  resolved: string;
  duration: string | null;
  affected: string;
  noAffected: string;
  notResolvedYet: string;
}

const impactTone: Record<IncidentPageView['impact'], StatusTone> = {
  none: 'ok',
  minor: 'minor',
  major: 'major',
  critical: 'critical',
  maintenance: 'maint',
};

/** Name, state, impact and times of one incident or maintenance, and the components it touches. */
export function IncidentHeader({ view, labels }: { view: IncidentPageView; labels: IncidentHeaderLabels }) {
  const tone: StatusTone = view.open ? impactTone[view.impact] : 'ok';
  return (
    <header
      className={`space-y-3 rounded-xl border border-l-4 px-4 py-4 sm:px-6 ${toneSurface[tone]}`}
      data-kind={view.kind}
      data-status={view.status}
    >
      <div className="flex items-start gap-3">
        <StatusIcon tone={tone} className="mt-1 size-6" />
        <div className="min-w-0 space-y-1">
          <h1 className="text-xl font-semibold break-words text-text sm:text-2xl" lang={view.nameLang}>
            {view.name}
          </h1>
          <p className="text-sm font-medium">
            {view.statusLabel} · {view.impactLabel}
          </p>
        </div>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm text-text sm:grid-cols-[auto_1fr]">
        {view.windowText ? <dd className="sm:col-span-2">{view.windowText}</dd> : null}
        {view.kind === 'incident' ? (
          <>
            <dt className="text-muted">{labels.posted}</dt>
            <dd>{view.startedText}</dd>
          </>
        ) : null}
        {view.kind === 'incident' && view.endedText ? (
          <>
            <dt className="text-muted">{labels.resolved}</dt>
            <dd>
              {view.endedText}
              {labels.duration ? ` · ${labels.duration}` : ''}
            </dd>
          </>
        ) : null}
        <dt className="text-muted">{labels.affected}</dt>
        <dd>
          {view.components.length > 0
            ? view.components.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? ', ' : ''}
                  <span lang={c.lang}>{c.name}</span>
                </span>
              ))
            : labels.noAffected}
        </dd>
      </dl>
      {view.emergencyReason ? <p className="text-sm text-text">{view.emergencyReason}</p> : null}
      {view.open && view.kind === 'incident' ? (
        <p className="text-sm text-muted">{labels.notResolvedYet}</p>
      ) : null}
    </header>
  );
}
