import type { Locale } from '@/lib/core/locales';
import { htmlLang } from '@/lib/i18n/locales';
import { t } from '@/lib/i18n/messages';
import type { LinkProblem } from '@/lib/notify/token-check';
import { linkPageHtml, type LinkPage } from '@/components/subscriptions/link-page';

/** The texts of the confirm and unsubscribe pages, in the subscriber's language (or the reader's). */

export const problemStatus: Record<LinkProblem, number> = {
  invalid: 400,
  expired: 400,
  used: 409,
  other_subscription: 403,
  gone: 404,
};

interface PageContext {
  locale: Locale;
  pageName: string;
}

function page(
  ctx: PageContext,
  fields: Omit<LinkPage, 'lang' | 'pageName' | 'links'>,
  again = false,
): string {
  const links = [
    { href: `/?lang=${ctx.locale}`, label: t(ctx.locale, 'subscribe.home') },
    ...(again ? [{ href: `/subscribe?lang=${ctx.locale}`, label: t(ctx.locale, 'subscribe.again') }] : []),
  ];
  return linkPageHtml({ ...fields, lang: htmlLang(ctx.locale), pageName: ctx.pageName, links });
}

export function problemPage(ctx: PageContext, title: string, problem: LinkProblem): string {
  const key = problem === 'other_subscription' ? 'invalid' : problem;
  return page(
    ctx,
    {
      title,
      message: t(ctx.locale, `subscribe.link.${key}`),
      tone: problem === 'used' ? 'ok' : 'problem',
      form: null,
    },
    problem !== 'used',
  );
}

export function confirmAskPage(ctx: PageContext, address: string): string {
  return page(ctx, {
    title: t(ctx.locale, 'subscribe.confirm.title'),
    message: t(ctx.locale, 'subscribe.confirm.body', { address, page: ctx.pageName }),
    tone: 'info',
    form: { button: t(ctx.locale, 'subscribe.confirm.button'), fields: {} },
  });
}

export function confirmedPage(ctx: PageContext): string {
  return page(ctx, {
    title: t(ctx.locale, 'subscribe.confirm.title'),
    message: t(ctx.locale, 'subscribe.confirm.done'),
    tone: 'ok',
    form: null,
  });
}

export function unsubscribeAskPage(ctx: PageContext, address: string): string {
  return page(ctx, {
    title: t(ctx.locale, 'subscribe.unsubscribe.title'),
    message: t(ctx.locale, 'subscribe.unsubscribe.body', { address, page: ctx.pageName }),
    tone: 'info',
    form: {
      button: t(ctx.locale, 'subscribe.unsubscribe.button'),
      fields: { 'List-Unsubscribe': 'One-Click' },
    },
  });
}

export function unsubscribedPage(ctx: PageContext): string {
  return page(
    ctx,
    {
      title: t(ctx.locale, 'subscribe.unsubscribe.title'),
      message: t(ctx.locale, 'subscribe.unsubscribe.done', { page: ctx.pageName }),
      tone: 'ok',
      form: null,
    },
    true,
  );
}
