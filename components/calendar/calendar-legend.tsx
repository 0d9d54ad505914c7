import type { Translate } from '@/lib/i18n/translator';
import { windowStatuses } from '@/lib/schedule/calendar';
import { StatusIcon, type StatusTone } from '@/components/status/status-icon';
import { statusTone } from './window-text';

/** What each kind of window means for customers, in plain words, and the status words the calendar uses. */
export function CalendarLegend({ t, emergencyTime }: { t: Translate; emergencyTime: string }) {
  const kinds: { tone: StatusTone; text: string }[] = [
    { tone: 'maint', text: t('calendar.legend.systemMaintenance') },
    { tone: 'maint', text: t('calendar.legend.applicationMaintenance') },
    { tone: 'maint', text: t('calendar.legend.serverRecycle') },
    { tone: 'maint', text: t('calendar.legend.microsoftPatching') },
    { tone: 'reserved', text: t('calendar.legend.infrastructureUpgrade') },
    { tone: 'critical', text: t('calendar.legend.emergencyPatching', { time: emergencyTime }) },
  ];
  return (
    <section aria-labelledby="legend-title" className="space-y-3 break-inside-avoid">
      <h2 id="legend-title" className="text-lg font-semibold">
        {t('calendar.legend.title')}
      </h2>
      <ul className="space-y-2 rounded-xl border border-border bg-surface p-4 text-sm">
        <li className="flex gap-2">
          <StatusIcon tone="maint" className="mt-0.5 size-4" />
          <span>{t('calendar.legend.scheduled')}</span>
        </li>
        <li className="flex gap-2">
          <StatusIcon tone="reserved" className="mt-0.5 size-4" />
          <span>{t('calendar.legend.reserved')}</span>
        </li>
      </ul>
      <ul className="space-y-3 text-sm">
        {kinds.map((kind) => (
          <li key={kind.text} className="flex gap-2">
            <StatusIcon tone={kind.tone} className="mt-0.5 size-4" />
            <span>{kind.text}</span>
          </li>
        ))}
      </ul>
      <ul
        className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted"
        aria-label={t('calendar.legend.title')}
      >
        {windowStatuses.map((status) => (
          <li key={status} className="inline-flex items-center gap-1">
            <StatusIcon tone={statusTone[status]} className="size-3.5" />
            {t(`calendar.status.${status}`)}
          </li>
        ))}
        <li className="inline-flex items-center gap-1">
          <StatusIcon tone="major" className="size-3.5" />
          {t('calendar.workingHours.overlaps')}
        </li>
      </ul>
    </section>
  );
}
