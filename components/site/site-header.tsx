import Link from 'next/link';
import { localeNames, localeTags } from '@/lib/i18n/locales';
import { locales, type Locale } from '@/lib/core/locales';
import type { Translate } from '@/lib/i18n/translator';
import type { Theme } from '@/lib/preferences/viewer-preferences';
import { LanguageMenu } from '@/components/site/language-menu';
import { LocaleLink } from '@/components/site/locale-link';
import { NavLinks } from '@/components/site/nav-links';
import { ThemeToggle } from '@/components/site/theme-toggle';

export interface SiteHeaderProps {
  pageName: string;
  /** Set when the page's name has no translation into the viewer's language. */
  pageNameLang?: string;
  locale: Locale;
  theme: Theme;
  t: Translate;
}

const sections: { href: string; key: 'common.nav.status' | 'common.nav.calendar' | 'common.nav.history' }[] =
  [
    { href: '/', key: 'common.nav.status' },
    { href: '/calendar', key: 'common.nav.calendar' },
    { href: '/history', key: 'common.nav.history' },
  ];

export function SiteHeader({ pageName, pageNameLang, locale, theme, t }: SiteHeaderProps) {
  return (
    <header className="border-b border-border bg-surface print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-accent focus:px-3 focus:py-2 focus:text-accent-fg"
      >
        {t('common.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-base font-semibold no-underline">
          <svg viewBox="0 0 24 24" className="size-6 text-accent" aria-hidden="true">
            <rect x="2" y="2" width="20" height="20" rx="6" fill="currentColor" />
            <path
              d="M7 12.5l3 3 7-7"
              fill="none"
              stroke="var(--c-surface)"
              strokeWidth="2.4"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span lang={pageNameLang}>{pageName}</span>
        </Link>
        <div className="flex items-center gap-2">
          <LanguageMenu
            summary={
              <>
                <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
                  <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
                  <path
                    d="M2.5 10h15M10 2.5c2.5 2.5 2.5 12.5 0 15M10 2.5c-2.5 2.5-2.5 12.5 0 15"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.5"
                  />
                </svg>
                {/* The visible name stays part of the accessible name ("Language: Deutsch"), for voice control. */}
                <span className="sr-only">{t('common.language.label')}: </span>
                <span lang={localeTags[locale]}>{localeNames[locale]}</span>
              </>
            }
          >
            <p className="px-3 py-1 text-xs text-muted">{t('common.language.label')}</p>
            {locales.map((l) => (
              <LocaleLink key={l} locale={l} lang={localeTags[l]} current={l === locale}>
                {localeNames[l]}
              </LocaleLink>
            ))}
          </LanguageMenu>
          <ThemeToggle
            initial={theme}
            labels={{
              label: t('common.theme.label'),
              light: t('common.theme.light'),
              dark: t('common.theme.dark'),
              system: t('common.theme.system'),
            }}
          />
        </div>
      </div>
      <nav aria-label={t('common.nav.label')} className="mx-auto max-w-4xl px-4">
        <NavLinks items={sections.map((s) => ({ href: s.href, label: t(s.key) }))} />
      </nav>
    </header>
  );
}
