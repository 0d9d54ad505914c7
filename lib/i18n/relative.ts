import { toInstant, type Instant } from '@/lib/i18n/instant';
import type { Locale } from '@/lib/core/locales';
import { timeDa, timeDe, timeEn, timeNb, timeNl, timeSv, type TimeMessages } from '@/lib/i18n/messages/time';
import { languageOf, type LocaleLike } from '@/lib/i18n/negotiate';
import { plural } from '@/lib/i18n/translator';

/** Only the small `time` area of all six languages comes along, so these work anywhere without loading. */
const timeWords: Record<Locale, TimeMessages> = {
  en: timeEn,
  nb: timeNb,
  sv: timeSv,
  da: timeDa,
  nl: timeNl,
  de: timeDe,
};

type Unit = keyof TimeMessages['duration'];
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The largest unit that keeps the rounded number meaningful: 45 s, 12 min, 5 h, 3 days. */
function pickUnit(ms: number): { unit: Unit; count: number } {
  const seconds = Math.round(ms / SECOND);
  if (seconds < 60) return { unit: 'second', count: seconds };
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return { unit: 'minute', count: minutes };
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return { unit: 'hour', count: hours };
  return { unit: 'day', count: Math.round(ms / DAY) };
}

/**
 * "in 3 days", "om 3 dager", "om 3 dagar", "om 3 dage", "over 3 dagen", "in 3 Tagen"; "2 hours ago" for
 * the past, "now" within a second. Days are 24-hour periods from `now`, not calendar days.
 */
export function formatRelative(instant: Instant, now: Instant, locale: LocaleLike): string {
  const language = languageOf(locale);
  const words = timeWords[language];
  const diff = toInstant(instant).getTime() - toInstant(now).getTime();
  if (Math.abs(diff) < SECOND) return words.now;
  const { unit, count } = pickUnit(Math.abs(diff));
  return plural(language, (diff > 0 ? words.future : words.past)[unit], count);
}

/**
 * A length of time for notice periods and window lengths: "14 days", "2 hours", "1 hour 30 minutes".
 * At most the two largest units, to the minute (to the second below one minute).
 */
export function formatDuration(ms: number, locale: LocaleLike): string {
  const language = languageOf(locale);
  const words = timeWords[language].duration;
  const abs = Math.abs(ms);
  const seconds = Math.round(abs / SECOND);
  if (seconds < 60) return plural(language, words.second, seconds);
  const totalMinutes = Math.round(abs / MINUTE);
  const parts: [Unit, number][] = [
    ['day', Math.floor(totalMinutes / 1440)],
    ['hour', Math.floor((totalMinutes % 1440) / 60)],
    ['minute', totalMinutes % 60],
  ];
  const first = parts.findIndex(([, count]) => count > 0);
  return parts
    .slice(first, first + 2)
    .filter(([, count]) => count > 0)
    .map(([unit, count]) => plural(language, words[unit], count))
    .join(' ');
}
