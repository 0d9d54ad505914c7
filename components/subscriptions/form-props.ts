import { locales, type Locale } from '@/lib/core/locales';
import { localeNames } from '@/lib/i18n/locales';
import { t } from '@/lib/i18n/messages';
import type { StoreDocument } from '@/lib/store/schema';
import { localizeDocument } from '@/lib/status/localize';
import { zoneList } from '@/components/calendar/zone-search';
import type { SubscriptionFormProps } from '@/components/subscriptions/subscription-form';

/** What the subscribe and manage pages hand their form: components by group, languages, zones and words. */
export function subscriptionFormProps(
  stored: StoreDocument,
  locale: Locale,
  mode: SubscriptionFormProps['mode'],
): Pick<SubscriptionFormProps, 'groups' | 'languages' | 'zones' | 'labels'> {
  const { doc } = localizeDocument(stored, locale);
  const groups = [...doc.groups]
    .sort((a, b) => a.position - b.position)
    .map((g) => ({
      id: g.id,
      name: g.name,
      components: doc.components
        .filter((c) => c.groupId === g.id)
        .sort((a, b) => a.position - b.position)
        .map((c) => ({ id: c.id, name: c.name })),
    }))
    .filter((g) => g.components.length > 0);
  const loose = doc.components.filter((c) => c.groupId === null).map((c) => ({ id: c.id, name: c.name }));
  if (loose.length > 0) groups.push({ id: '', name: t(locale, 'subscribe.components'), components: loose });
  return {
    groups,
    languages: locales.map((code) => ({ code, name: localeNames[code] })),
    zones: zoneList(Intl.supportedValuesOf('timeZone')),
    labels: {
      email: t(locale, 'subscribe.email'),
      emailHint: t(locale, 'subscribe.emailHint'),
      emailInvalid: t(locale, 'subscribe.emailInvalid'),
      components: t(locale, 'subscribe.components'),
      componentsHint: t(locale, 'subscribe.componentsHint'),
      language: t(locale, 'subscribe.language'),
      timeZone: t(locale, 'subscribe.timeZone'),
      submit: t(locale, mode === 'subscribe' ? 'subscribe.submit' : 'subscribe.manage.save'),
      done: t(locale, mode === 'subscribe' ? 'subscribe.sent' : 'subscribe.manage.saved'),
      invalid: t(locale, 'subscribe.invalid'),
      rateLimited: t(locale, 'subscribe.rateLimited'),
      linkProblem: t(locale, 'subscribe.link.invalid'),
    },
  };
}
