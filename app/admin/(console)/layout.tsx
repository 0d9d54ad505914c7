import Link from 'next/link';
import type { ReactNode } from 'react';
import { AdminNav, type NavItem } from '@/components/admin/admin-nav';
import { consoleText } from '@/components/admin/console-server';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { LanguageMenu } from '@/components/site/language-menu';
import { LocaleLink } from '@/components/site/locale-link';
import { locales } from '@/lib/core/locales';
import { localeNames, localeTags } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/messages';
import { currentStaff } from '@/lib/next/require-staff';

/**
 * The console shell. The gate is in each page (requireStaffPage, which knows where to come back to after signing
 * in; a layout is no security boundary): signed-out visitors get no shell, only the page's redirect.
 */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const principal = await currentStaff();
  if (!principal) return <>{children}</>;
  const { c, locale } = await consoleText();
  const editorItems: NavItem[] = [
    { href: '/admin', label: c('nav.dashboard') },
    { href: '/admin/incidents', label: c('nav.incidents') },
    { href: '/admin/templates', label: c('nav.templates') },
    { href: '/admin/components', label: c('nav.components') },
    { href: '/admin/maintenances', label: c('nav.maintenance') },
    { href: '/admin/schedule', label: c('nav.schedule') },
    { href: '/admin/subscribers', label: c('nav.subscribers') },
    { href: '/admin/webhooks', label: c('nav.webhooks') },
    { href: '/admin/outbox', label: c('nav.outbox') },
    { href: '/admin/audit', label: c('nav.audit') },
  ];
  const adminItems: NavItem[] = [
    { href: '/admin/staff', label: c('nav.staff') },
    { href: '/admin/tokens', label: c('nav.tokens') },
  ];
  const items = principal.role === 'admin' ? [...editorItems, ...adminItems] : editorItems;
  const languageLabel = getTranslator(locale)('common.language.label');
  return (
    <>
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-3">
            <Link href="/admin" className="font-semibold">
              {c('shell.title')}
            </Link>
            <Link href="/" className="text-sm text-muted underline">
              {c('shell.viewPublic')}
            </Link>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-muted">
              {c('shell.signedInAs', { name: principal.actor.name, role: c(`roles.${principal.role}`) })}
            </span>
            <LanguageMenu
              summary={
                <>
                  <span className="sr-only">{languageLabel}: </span>
                  <span lang={localeTags[locale]}>{localeNames[locale]}</span>
                </>
              }
            >
              <p className="px-3 py-1 text-xs text-muted">{languageLabel}</p>
              {locales.map((l) => (
                <LocaleLink key={l} locale={l} lang={localeTags[l]} current={l === locale}>
                  {localeNames[l]}
                </LocaleLink>
              ))}
            </LanguageMenu>
            {principal.via === 'session' ? <SignOutButton /> : null}
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-2">
          <AdminNav items={items} label={c('shell.navLabel')} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
