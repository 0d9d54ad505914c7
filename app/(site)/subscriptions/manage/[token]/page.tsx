import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/next/request';
import { routeParam } from '@/lib/next/staff-write';
import { getStore } from '@/lib/store';
import { linkProblemOf } from '@/lib/notify/link-status';
import { STORE_SECRET_NAME, subscriptionLinks } from '@/lib/notify/links';
import { readManagedSubscription } from '@/lib/notify/subscriptions';
import { subscriptionFormProps } from '@/components/subscriptions/form-props';
import { SubscriptionForm } from '@/components/subscriptions/subscription-form';
import { manageAction } from '@/app/(site)/subscribe/actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getLocale())('subscribe.manage.title'), robots: { index: false } };
}

/** Opened from the link in every mail: change services, language or zone, or unsubscribe. */
export default async function ManagePage({ params }: { params: Promise<{ token: string }> }) {
  const token = routeParam((await params).token);
  const store = getStore();
  const [{ doc }, locale] = await Promise.all([store.load(), getLocale()]);
  const t = getTranslator(locale);
  let subscriber;
  try {
    subscriber = await readManagedSubscription(token, { store, now: new Date() });
  } catch (error) {
    const problem = linkProblemOf(error);
    if (!problem) throw error;
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t('subscribe.manage.title')}</h1>
        <p className="font-medium text-critical">
          {t(`subscribe.link.${problem === 'other_subscription' ? 'invalid' : problem}`)}
        </p>
        <p>
          <a href="/subscribe" className="text-accent underline">
            {t('subscribe.again')}
          </a>
        </p>
      </div>
    );
  }
  const links = subscriptionLinks(subscriber, await store.secret(STORE_SECRET_NAME), '', new Date());
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('subscribe.manage.title')}</h1>
        <p className="text-muted">
          {t('subscribe.manage.intro', { page: doc.page.name, address: subscriber.email ?? '' })}
        </p>
      </header>
      <section
        className="rounded-xl border border-border bg-surface p-5"
        aria-label={t('subscribe.manage.title')}
      >
        <SubscriptionForm
          mode="manage"
          action={manageAction}
          token={token}
          defaults={{
            components: subscriber.components,
            lang: subscriber.lang,
            timeZone: subscriber.timeZone,
          }}
          zoneChosen
          {...subscriptionFormProps(doc, locale, 'manage')}
        />
      </section>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={links.calendar} className="text-accent underline">
            {t('subscribe.manage.calendar')}
          </a>
        </li>
        <li>
          <a href={links.unsubscribe} className="text-accent underline">
            {t('subscribe.unsubscribe.title')}
          </a>
        </li>
      </ul>
    </div>
  );
}
