import type { Locale } from '@/lib/i18n/locales';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import { uptimeReport } from '@/lib/status/uptime';
import type { StoreDocument } from '@/lib/store/schema';
import { UptimeBar } from '@/components/uptime/uptime-bar';
import { uptimeBarProps } from '@/components/uptime/uptime-props';

export interface UptimeListProps {
  doc: StoreDocument;
  now: Date;
  locale: Locale;
  formatLocale: FormatLocale;
  title: string;
}

/** The 90-day uptime bar of every shown component: the same numbers as GET /api/v1/uptime. */
export function UptimeList({ doc, now, locale, formatLocale, title }: UptimeListProps) {
  const report = uptimeReport(doc, now);
  const shown = new Set(doc.components.filter((c) => c.showcase).map((c) => c.id));
  return (
    <section aria-labelledby="uptime-title" className="space-y-4">
      <h2 id="uptime-title" className="text-lg font-semibold">
        {title}
      </h2>
      <div className="space-y-5 rounded-xl border border-border bg-surface p-4">
        {report.components
          .filter((c) => shown.has(c.id))
          .map((c) => (
            <UptimeBar key={c.id} {...uptimeBarProps(c, locale, formatLocale)} />
          ))}
      </div>
    </section>
  );
}
