import Link from 'next/link';
import { getTranslator } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/next/request';
import { StatusIcon } from '@/components/status/status-icon';

export default async function NotFound() {
  const t = getTranslator(await getLocale());
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4 py-16">
      <StatusIcon tone="reserved" className="size-10" />
      <h1 className="text-2xl font-semibold">{t('errors.notFound.title')}</h1>
      <p className="text-muted">{t('errors.notFound.body')}</p>
      <p>
        <Link href="/" className="text-accent underline">
          {t('errors.notFound.home')}
        </Link>
      </p>
    </main>
  );
}
