import type { Metadata } from 'next';
import { getAreaTranslator, getMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/core/locales';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import { getLocaleContext } from '@/lib/next/request';
import type { ConsoleMessages } from './console-text';
import { formatInstant } from './labels';

/** What a console page (a server component) needs to speak the staff member's language. */
export async function consoleText() {
  const { locale, formatLocale } = await getLocaleContext();
  return {
    locale,
    formatLocale,
    c: getAreaTranslator(locale, 'console'),
    ci: getAreaTranslator(locale, 'consoleIncidents'),
    cm: getAreaTranslator(locale, 'consoleMaintenance'),
    status: getMessages(locale).status,
    when: (instant: string | Date, zone: string) => formatInstant(instant, zone, formatLocale),
  };
}

/** The one language's areas the client forms need, as plain props for ConsoleTextProvider. */
export function consoleMessages(locale: Locale): ConsoleMessages {
  const all = getMessages(locale);
  return {
    console: all.console,
    consoleIncidents: all.consoleIncidents,
    consoleMaintenance: all.consoleMaintenance,
    status: all.status,
  };
}

export type ConsoleLocale = { locale: Locale; formatLocale: FormatLocale };

/** `<title>` of a console page in the staff member's language. */
export async function consoleTitle(
  pick: (text: Awaited<ReturnType<typeof consoleText>>) => string,
): Promise<Metadata> {
  return { title: pick(await consoleText()) };
}
