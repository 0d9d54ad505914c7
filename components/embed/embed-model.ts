import { formatInZone, formatOffset } from '@/lib/i18n/format';
import type { Locale } from '@/lib/core/locales';
import { t } from '@/lib/i18n/messages';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import { formatRelative } from '@/lib/i18n/relative';
import { upcomingWindows } from '@/lib/schedule/upcoming';
import { derivePageState } from '@/lib/status/state';
import type { Indicator } from '@/lib/core/vocab';
import { localizeDocument } from '@/lib/status/localize';
import type { StoreDocument } from '@/lib/store/schema';

/** What the one-line embed says, decided from the document and the clock; rendering is embed-document.ts. */

const EMBED_MAINTENANCE_DAYS = 7;

export type EmbedTone = 'ok' | 'minor' | 'major' | 'critical' | 'maint';
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  locale: Locale;
  formatLocale: FormatLocale;
  /** The zone times are written in: the viewer's (from ?tz or the browser), else the page's. */
  zone: string;
  /** False when `zone` is only the page's default; the page's script then asks again with the browser's zone. */
  zoneChosen: boolean;
  theme: EmbedTheme;
}

export interface EmbedModel {
  lang: Locale;
  theme: EmbedTheme;
  zone: string;
  zoneChosen: boolean;
  title: string;
  tone: EmbedTone;
  /** The one line: an incident, a running maintenance, or the overall status. */
  text: string;
  /** Part of `text` shown in another language (an untranslated incident name) and that language. */
  foreign: { text: string; lang: Locale } | null;
  /** A maintenance within the next days, said after the status; null when there is none. */
  detail: string | null;
  linkText: string;
  linkHref: string;
  reconnecting: string;
}

const toneOf: Record<Indicator, EmbedTone> = {
  none: 'ok',
  minor: 'minor',
  major: 'major',
  critical: 'critical',
  maintenance: 'maint',
};

function localTime(instant: Date, options: EmbedOptions): string {
  return `${formatInZone(instant, options.zone, 'EEE Pp', options.formatLocale)} ${formatOffset(instant, options.zone)}`;
}

export function embedModel(stored: StoreDocument, now: Date, options: EmbedOptions): EmbedModel {
  const { locale } = options;
  const localized = localizeDocument(stored, locale);
  const { doc } = localized;
  let foreign: EmbedModel['foreign'] = null;
  const state = derivePageState(doc, now);
  const windows = upcomingWindows(
    { rules: doc.rules, maintenances: doc.maintenances, overrides: doc.occurrenceOverrides },
    now,
    EMBED_MAINTENANCE_DAYS,
  );
  const running = windows.find((w) => w.status === 'in_progress');
  const next = windows.find((w) => w.status === 'scheduled' && w.start.getTime() > now.getTime());
  const incident = state.openIncidents[0];

  let tone: EmbedTone = toneOf[state.indicator];
  let text = t(locale, `status.indicator.${state.indicator}`);
  if (incident) {
    text = t(locale, 'embed.incident', {
      indicator: t(locale, `status.indicator.${state.indicator}`),
      name: incident.name,
    });
    const lang = localized.fallbackLang('incident', incident.id, 'name');
    if (lang) foreign = { text: incident.name, lang };
  } else if (running) {
    tone = 'maint';
    text = t(locale, 'embed.maintenanceNow', { localTime: localTime(running.end, options) });
  } else if (state.indicator === 'none') {
    text = t(locale, 'embed.allOperational');
  }
  const detail =
    next && !running && !incident
      ? t(locale, 'embed.maintenanceUpcoming', {
          relative: formatRelative(next.start, now, locale),
          localTime: localTime(next.start, options),
        })
      : null;

  return {
    lang: locale,
    theme: options.theme,
    zone: options.zone,
    zoneChosen: options.zoneChosen,
    title: t(locale, 'embed.title', { page: doc.page.name }),
    tone,
    text,
    foreign,
    detail,
    linkText: t(locale, 'embed.viewStatusPage'),
    linkHref: `/?lang=${locale}`,
    reconnecting: t(locale, 'common.live.reconnecting'),
  };
}
