import type { Translate } from '@/lib/i18n/translator';

export function SiteFooter({ t }: { t: Translate }) {
  return (
    <footer className="mx-auto mt-12 max-w-4xl border-t border-border px-4 py-6 text-sm text-muted print:hidden">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        <li>
          <a href="/subscribe" className="underline hover:text-text">
            {t('subscribe.nav')}
          </a>
        </li>
        <li>
          <a href="/history.atom" className="underline hover:text-text">
            {t('common.subscribe.atom')}
          </a>
        </li>
        <li>
          <a href="/api/v1/calendar.ics" className="underline hover:text-text">
            {t('common.subscribe.calendar')}
          </a>
        </li>
        <li>
          <a href="/api/v2/summary.json" className="underline hover:text-text">
            {t('common.subscribe.api')}
          </a>
        </li>
      </ul>
    </footer>
  );
}
