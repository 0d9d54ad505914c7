import type { FormatLocale } from '@/lib/i18n/negotiate';
import { weekdayNames } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/types';
import type { Translate } from '@/lib/i18n/translator';
import { weekStartsOn } from '@/lib/i18n/negotiate';
import type { IsoWeekday } from '@/lib/schedule/local-date';
import { offsetLabel } from '@/lib/schedule/zone';
import { hoursSummary } from './hours-summary';
import { DEFAULT_WORKING_HOURS, type WorkingHours } from '@/lib/preferences/working-hours';
import { WorkingHoursForm, type WorkingHoursFormProps } from './working-hours-form';
import { ZonePicker } from './zone-picker';

const mondayFirst: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const sundayFirst: IsoWeekday[] = [7, 1, 2, 3, 4, 5, 6];

export interface CalendarSettingsProps {
  zone: string;
  serviceZone: string;
  now: Date;
  formatLocale: FormatLocale;
  hours: WorkingHours;
  saveHours: WorkingHoursFormProps['action'];
  /** Hidden fields of the zone form without JavaScript (lang, month). */
  keep: Record<string, string>;
  common: Messages['common'];
  t: Translate;
}

/** The two settings of the calendar, each folded away: the zone (searchable picker) and the working hours. */
export function CalendarSettings({
  zone,
  serviceZone,
  now,
  formatLocale,
  hours,
  saveHours,
  keep,
  common,
  t,
}: CalendarSettingsProps) {
  const order = weekStartsOn(formatLocale) === 0 ? sundayFirst : mondayFirst;
  const wide = weekdayNames(formatLocale, 'wide');
  const short = weekdayNames(formatLocale, 'abbreviated');
  const shortOf = (day: IsoWeekday) => short[order.indexOf(day)] ?? String(day);
  return (
    <div className="grid items-start gap-3 sm:grid-cols-2 print:hidden">
      <details className="rounded-xl border border-border bg-surface" data-zone-settings>
        <summary className="cursor-pointer list-none space-y-0.5 px-4 py-3">
          <span className="block text-xs font-semibold uppercase tracking-wide text-muted">
            {t('common.timeZone.label')}
          </span>
          <span className="block font-medium" data-current-zone>
            {zone} ({offsetLabel(now, zone)})
          </span>
          <span className="block text-sm text-accent underline">{t('calendar.timeZone.change')}</span>
        </summary>
        <div className="border-t border-border px-4 py-3">
          <ZonePicker
            current={zone}
            serviceZone={serviceZone}
            keep={keep}
            labels={{
              label: t('common.timeZone.label'),
              search: t('common.timeZone.search'),
              yours: common.timeZone.yours,
              service: t('common.timeZone.service', { zone: serviceZone }),
              noMatch: common.timeZone.noMatch,
              apply: t('calendar.timeZone.apply'),
            }}
          />
        </div>
      </details>
      <details className="rounded-xl border border-border bg-surface" data-hours-settings>
        <summary className="cursor-pointer list-none space-y-0.5 px-4 py-3">
          <span className="block text-xs font-semibold uppercase tracking-wide text-muted">
            {t('calendar.workingHours.title')}
          </span>
          <span className="block font-medium" data-current-hours>
            {hoursSummary(hours, order, shortOf, formatLocale, t)}
          </span>
          <span className="block text-sm text-muted">{t('calendar.workingHours.help')}</span>
        </summary>
        <div className="border-t border-border px-4 py-3">
          <WorkingHoursForm
            key={`${hours.days.join(',')};${hours.start}-${hours.end}`}
            hours={hours}
            action={saveHours}
            weekdays={order.map((day, i) => ({ day, name: wide[i] ?? String(day) }))}
            labels={{
              days: t('calendar.workingHours.days'),
              from: t('calendar.workingHours.from'),
              to: t('calendar.workingHours.to'),
              save: t('calendar.workingHours.save'),
              reset: t('calendar.workingHours.reset', {
                hours: hoursSummary(DEFAULT_WORKING_HOURS, order, shortOf, formatLocale, t),
              }),
              saved: t('calendar.workingHours.saved'),
              invalid: t('calendar.workingHours.invalid'),
            }}
          />
        </div>
      </details>
    </div>
  );
}
