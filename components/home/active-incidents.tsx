import type { LocalizedDocument } from '@/lib/status/localize';
import Link from 'next/link';
import { renderMarkdown } from '@/lib/formats/markdown';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import { formatDateTime, formatOffset } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translator';
import type { Incident } from '@/lib/store/schema';
import type { Impact } from '@/lib/core/vocab';
import { StatusIcon, toneSurface, type StatusTone } from '@/components/status/status-icon';

const impactTone: Record<Impact, StatusTone> = {
  none: 'maint',
  minor: 'minor',
  major: 'major',
  critical: 'critical',
};

export interface ActiveIncidentsProps {
  incidents: Incident[];
  zone: string;
  formatLocale: FormatLocale;
  t: Translate;
  fallbackLang: LocalizedDocument['fallbackLang'];
}

/** Unresolved incidents with their latest update; the empty state says so in plain words. */
export function ActiveIncidents({ incidents, zone, formatLocale, t, fallbackLang }: ActiveIncidentsProps) {
  return (
    <section aria-labelledby="incidents-title" className="space-y-3">
      <h2 id="incidents-title" className="text-lg font-semibold">
        {t('home.incidents.title')}
      </h2>
      {incidents.length === 0 ? (
        <p className="flex items-center gap-2 rounded-xl border border-border bg-surface px-4 py-3 text-muted">
          <StatusIcon tone="ok" className="size-4" />
          {t('home.incidents.none')}
        </p>
      ) : (
        <ul className="space-y-3">
          {incidents.map((incident) => {
            const latest = incident.updates.at(-1);
            const tone = impactTone[incident.impact];
            return (
              <li
                key={incident.id}
                className={`rounded-xl border border-l-4 bg-surface px-4 py-3 ${toneSurface[tone]}`}
                data-incident={incident.id}
              >
                <h3 className="flex items-start gap-2 font-semibold text-text">
                  <StatusIcon tone={tone} className="mt-0.5 size-5" />
                  <Link
                    href={`/incidents/${incident.id}`}
                    className="underline-offset-2 hover:underline"
                    lang={fallbackLang('incident', incident.id, 'name')}
                  >
                    {incident.name}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-text">
                  <span className="font-semibold">{t(`status.incident.${incident.status}`)}</span>
                  {' · '}
                  {t(`status.impact.${incident.impact}`)}
                </p>
                {latest ? (
                  <>
                    <div
                      className="prose-status mt-2 text-sm text-text"
                      lang={fallbackLang('update', latest.id, 'body')}
                      dangerouslySetInnerHTML={{ __html: renderMarkdown(latest.body) }}
                    />
                    <p className="mt-2 text-xs text-muted">
                      {t('home.incidents.latestUpdate', {
                        time: `${formatDateTime(latest.displayAt, zone, formatLocale)} (${formatOffset(latest.displayAt, zone)})`,
                      })}
                    </p>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
