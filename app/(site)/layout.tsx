import { localizeDocument } from '@/lib/status/localize';
import type { ReactNode } from 'react';
import { getTranslator } from '@/lib/i18n/messages';
import { getLocale, getThemeCookie } from '@/lib/next/request';
import { getStore } from '@/lib/store';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';

/** The public site's chrome: header with navigation and switchers, footer with feeds. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [locale, theme, { doc }] = await Promise.all([getLocale(), getThemeCookie(), getStore().load()]);
  const t = getTranslator(locale);
  const page = localizeDocument(doc, locale);
  return (
    <>
      <SiteHeader
        pageName={page.doc.page.name}
        pageNameLang={page.fallbackLang('page', doc.page.id, 'name')}
        locale={locale}
        theme={theme}
        t={t}
      />
      <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-6 outline-none sm:py-8">
        {children}
      </main>
      <SiteFooter t={t} />
    </>
  );
}
