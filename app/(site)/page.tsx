import { localizeDocument } from '@/lib/status/localize';
import { cookies } from 'next/headers';
import { getMessages, getTranslator } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translator';
import { HOURS_COOKIE } from '@/lib/preferences/viewer-preferences';
import {
  DEFAULT_WORKING_HOURS,
  overlapsWorkingHours,
  parseWorkingHours,
} from '@/lib/preferences/working-hours';
import { formatLocalIso } from '@/lib/schedule/zone';
import { formatDateTime, formatOffset } from '@/lib/i18n/format';
import { windowRuleText, windowTitle } from '@/lib/i18n/rules';
import { getRequestContext, type SearchParams } from '@/lib/next/request';
import { upcomingWindows, UPCOMING_DAYS } from '@/lib/schedule/upcoming';
import { derivePageState } from '@/lib/status/state';
import { getStore } from '@/lib/store';
import { ActiveIncidents } from '@/components/home/active-incidents';
import { ComponentGroups } from '@/components/home/component-groups';
import { StatusBanner } from '@/components/home/status-banner';
import { UpcomingMaintenance } from '@/components/home/upcoming-maintenance';
import { LiveRefresh } from '@/components/live/live-refresh';
import { uptimeBarProps } from '@/components/uptime/uptime-props';
import { uptimeReport } from '@/lib/status/uptime';
import { liveRefreshProps } from '@/components/live/live-source';

export const dynamic = 'force-dynamic';

/** A policy window says what it is; a rule staff added later (no cadence text of ours) says where it comes from. */
function policyText(t: Translate, ruleId: string): string {
  const cadence = getMessages('en').home.maintenance.cadence;
  return isCadenceRule(cadence, ruleId)
    ? t('home.maintenance.recurring', { cadence: t(`home.maintenance.cadence.${ruleId}`) })
    : t('home.maintenance.policyWindow');
}

function isCadenceRule<T extends object>(cadence: T, ruleId: string): ruleId is Extract<keyof T, string> {
  return Object.hasOwn(cadence, ruleId);
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const stored = (await getStore().load()).doc;
  const ctx = await getRequestContext(await searchParams, stored.page.timeZone);
  const localized = localizeDocument(stored, ctx.locale);
  const { doc, fallbackLang } = localized;
  const t = getTranslator(ctx.locale);
  const state = derivePageState(doc, ctx.now);
  const windows = upcomingWindows(
    { rules: doc.rules, maintenances: doc.maintenances, overrides: doc.occurrenceOverrides },
    ctx.now,
  );
  const titles = new Map(windows.map((w) => [w.id, windowTitle(ctx.locale, w)]));
  const titleLangs = new Map(
    windows.flatMap((w) => {
      const lang = w.maintenanceId ? fallbackLang('maintenance', w.maintenanceId, 'name') : undefined;
      return lang ? [[w.id, lang]] : [];
    }),
  );
  // A recurring window was published with the policy long ago: what it means for the customer says more than its notice.
  const notes = new Map(
    windows.flatMap((w) => {
      const text = windowRuleText(ctx.locale, w);
      return text ? [[w.id, text.impact]] : [];
    }),
  );
  const schedule = new Map(
    windows.flatMap((w) =>
      w.ruleId !== null && w.maintenanceId === null ? [[w.id, policyText(t, w.ruleId)]] : [],
    ),
  );
  const hours = parseWorkingHours((await cookies()).get(HOURS_COOKIE)?.value) ?? DEFAULT_WORKING_HOURS;
  const overlapping = new Set(
    windows
      .filter((w) =>
        overlapsWorkingHours(
          { localStart: formatLocalIso(w.start, ctx.zone), localEnd: formatLocalIso(w.end, ctx.zone) },
          hours,
        ),
      )
      .map((w) => w.id),
  );
  const uptime = new Map(
    uptimeReport(doc, ctx.now).components.map((c) => [
      c.id,
      uptimeBarProps(c, ctx.locale, ctx.formatLocale, (id) => fallbackLang('incident', id, 'name')),
    ]),
  );
  const statusText = getMessages(ctx.locale).status.component;

  return (
    <div className="space-y-8" data-revision={doc.revision}>
      <StatusBanner indicator={state.indicator} text={t(`status.indicator.${state.indicator}`)}>
        <p>
          <time dateTime={ctx.now.toISOString()}>
            {formatDateTime(ctx.now, ctx.zone, ctx.formatLocale)} ({ctx.zone},{' '}
            {formatOffset(ctx.now, ctx.zone)})
          </time>
        </p>
        <LiveRefresh {...liveRefreshProps('summary', doc, ctx.now, ctx.locale)} />
      </StatusBanner>
      <ComponentGroups
        title={t('home.components.title')}
        groups={state.groups}
        ungrouped={state.ungrouped}
        statusText={statusText}
        uptime={uptime}
        incidentsLabel={t('home.uptime.eventfulDays')}
        fallbackLang={fallbackLang}
      />
      <ActiveIncidents
        incidents={state.openIncidents}
        zone={ctx.zone}
        formatLocale={ctx.formatLocale}
        t={t}
        fallbackLang={fallbackLang}
      />
      <UpcomingMaintenance
        windows={windows}
        titles={titles}
        titleLangs={titleLangs}
        notes={notes}
        schedule={schedule}
        overlapping={overlapping}
        zone={ctx.zone}
        formatLocale={ctx.formatLocale}
        days={UPCOMING_DAYS}
        t={t}
      />
    </div>
  );
}
