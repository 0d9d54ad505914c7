import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { consoleMessages, consoleText } from '@/components/admin/console-server';
import { ConsoleTextProvider } from '@/components/admin/console-text';

// Every console response is rendered per request for the signed-in member and never stored by any cache.
export const dynamic = 'force-dynamic';
export const fetchCache = 'force-no-store';

export async function generateMetadata(): Promise<Metadata> {
  const { c } = await consoleText();
  return {
    title: { default: c('shell.title'), template: `%s · ${c('shell.title')}` },
    robots: { index: false, follow: false },
  };
}

/** The console speaks the staff member's language, chosen like the public pages' (?lang, cookie, browser). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { locale, formatLocale } = await consoleText();
  return (
    <ConsoleTextProvider locale={locale} formatLocale={formatLocale} messages={consoleMessages(locale)}>
      <div className="min-h-dvh bg-bg text-text">{children}</div>
    </ConsoleTextProvider>
  );
}
