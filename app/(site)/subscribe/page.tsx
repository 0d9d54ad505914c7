import type { Metadata } from 'next';
import { canonicalTimeZone } from '@/lib/core/time-zone';
import { getTranslator } from '@/lib/i18n/messages';
import { getLocale, getRequestContext, type SearchParams } from '@/lib/next/request';
import { getStore } from '@/lib/store';
import { subscriptionFormProps } from '@/components/subscriptions/form-props';
import { SubscriptionForm } from '@/components/subscriptions/subscription-form';
import { subscribeAction } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getLocale())('subscribe.title') };
}

/** Sign up for mail about incidents and maintenance: services, language and zone; a confirmation link follows. */
export default async function SubscribePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { doc } = await getStore().load();
  const ctx = await getRequestContext(await searchParams, doc.page.timeZone);
  const t = getTranslator(ctx.locale);
  const zone = canonicalTimeZone(ctx.zone) ?? doc.page.timeZone;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('subscribe.title')}</h1>
        <p className="text-muted">{t('subscribe.intro')}</p>
      </header>
      <section
        className="rounded-xl border border-border bg-surface p-5"
        aria-labelledby="subscribe-form-title"
      >
        <h2 id="subscribe-form-title" className="sr-only">
          {t('subscribe.title')}
        </h2>
        <SubscriptionForm
          mode="subscribe"
          action={subscribeAction}
          defaults={{ components: [], lang: ctx.locale, timeZone: zone }}
          zoneChosen={ctx.zoneChosen}
          {...subscriptionFormProps(doc, ctx.locale, 'subscribe')}
        />
      </section>
      <p className="text-sm text-muted">{t('subscribe.privacy')}</p>
    </div>
  );
}
