import { webhookSecret, webhookSignature } from '@/lib/auth/subscription-tokens';
import { composeMail } from '@/lib/formats/mail/mail-content';
import type { MailContent } from '@/lib/formats/mail/mail-parts';
import { buildMime } from '@/lib/formats/mail/mime';
import { mailTemplate, personalizeMail, type MailTemplate } from '@/lib/formats/mail/personalize';
import { slackMessage, teamsMessage } from '@/lib/formats/webhook/chat-message';
import { statuspageWebhookBody } from '@/lib/formats/webhook/statuspage-webhook';
import type { ClaimedDelivery, Subscriber } from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';
import type { NotifyConfig } from '@/lib/notify/config';
import { subscriptionLinks } from '@/lib/notify/links';
import type { WebhookRequest } from '@/lib/notify/webhook-client';

export type Outgoing =
  | { kind: 'mail'; to: string; raw: string; name: string }
  | { kind: 'webhook'; request: WebhookRequest }
  | { kind: 'skip'; reason: string };

export interface RenderContext {
  doc: StoreDocument;
  now: Date;
  config: NotifyConfig;
  /** The store's subscription secret: signs links, derives webhook secrets. */
  secret: string;
  /** Compositions shared by alike recipients of one event (same language, zone and components). */
  cache: Map<string, Composed | null>;
}

/** An event older than this at its first attempt (the dispatcher was down) is skipped, not sent late. */
export const MAX_EVENT_AGE_MS = 24 * 60 * 60 * 1000;
const CACHE_LIMIT = 2000;

/** A mail composed once for alike recipients: its content, and the text and HTML written from it. */
export interface Composed {
  content: MailContent;
  template: MailTemplate;
}

function composed(claimed: ClaimedDelivery, subscriber: Subscriber, ctx: RenderContext): Composed | null {
  const key = [claimed.event.id, subscriber.lang, subscriber.timeZone, subscriber.components.join(',')].join(
    '|',
  );
  if (ctx.cache.has(key)) return ctx.cache.get(key) ?? null;
  if (ctx.cache.size >= CACHE_LIMIT) ctx.cache.clear();
  const content = composeMail({
    event: claimed.event,
    doc: ctx.doc,
    locale: subscriber.lang,
    zone: subscriber.timeZone,
    follows: subscriber.components,
    publicUrl: ctx.config.publicUrl,
    organizer: ctx.config.mailFrom.address,
  });
  const result = content ? { content, template: mailTemplate(content, ctx.doc.page.name) } : null;
  ctx.cache.set(key, result);
  return result;
}

function whyNot(claimed: ClaimedDelivery, ctx: RenderContext): string | null {
  const { subscriber, event, delivery } = claimed;
  if (!subscriber) return 'the subscription was removed';
  if (subscriber.state === 'disabled') return 'the subscription is disabled';
  if (event.type === 'subscription.confirm' && subscriber.confirmNonce === null) return 'already confirmed';
  if (delivery.attempts <= 1 && ctx.now.getTime() - Date.parse(event.at) > MAX_EVENT_AGE_MS)
    return 'the event is more than a day old';
  const m = event.maintenanceId ? ctx.doc.maintenances.find((x) => x.id === event.maintenanceId) : null;
  if ((event.type === 'maintenance.reminder' || event.type === 'maintenance.started') && m?.cancelledAt)
    return 'the maintenance was cancelled';
  return null;
}

/** What to send for one claimed delivery, or why to skip it. */
export function renderDelivery(claimed: ClaimedDelivery, ctx: RenderContext): Outgoing {
  const reason = whyNot(claimed, ctx);
  if (reason !== null || !claimed.subscriber) return { kind: 'skip', reason: reason ?? 'no subscriber' };
  const subscriber = claimed.subscriber;
  const links = subscriptionLinks(subscriber, ctx.secret, ctx.config.publicUrl, new Date(claimed.event.at));
  if (subscriber.type === 'webhook') return webhook(claimed, subscriber, links.unsubscribe, ctx);
  const mail = composed(claimed, subscriber, ctx);
  if (!mail || !subscriber.email) return { kind: 'skip', reason: 'nothing to say any more' };
  const personal = personalizeMail(mail.template, subscriber.email, links);
  const host = new URL(ctx.config.publicUrl).hostname || 'localhost';
  const raw = buildMime({
    from: ctx.config.mailFrom,
    to: subscriber.email,
    ...personal,
    unsubscribeUrl: links.unsubscribe,
    messageId: `${claimed.delivery.id}@${host}`,
    date: ctx.now,
    headers: { 'X-Status-Event': claimed.event.type, 'X-Status-Delivery': claimed.delivery.id },
  });
  const stamp = ctx.now.toISOString().replace(/[:.]/g, '-');
  return { kind: 'mail', to: subscriber.email, raw, name: `${stamp}-${claimed.delivery.id}.eml` };
}

function webhook(
  claimed: ClaimedDelivery,
  subscriber: Subscriber,
  unsubscribeUrl: string,
  ctx: RenderContext,
): Outgoing {
  if (!subscriber.url) return { kind: 'skip', reason: 'no target' };
  let body: unknown;
  if (subscriber.format === 'statuspage') {
    body = statuspageWebhookBody({
      event: claimed.event,
      doc: ctx.doc,
      now: ctx.now,
      unsubscribeUrl,
      documentationUrl: `${ctx.config.publicUrl}/api/openapi.json`,
    });
  } else {
    const content = composed(claimed, subscriber, ctx)?.content;
    body = content ? (subscriber.format === 'slack' ? slackMessage(content) : teamsMessage(content)) : null;
  }
  if (!body) return { kind: 'skip', reason: 'nothing to say any more' };
  const text = JSON.stringify(body);
  const secret = webhookSecret(ctx.secret, subscriber.id, subscriber.nonce);
  return {
    kind: 'webhook',
    request: {
      url: subscriber.url,
      body: text,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'SuperOffice-Status-Webhook/1.0',
        'X-Status-Event': claimed.event.type,
        'X-Status-Delivery': claimed.delivery.id,
        'X-Status-Signature': webhookSignature(secret, Math.floor(ctx.now.getTime() / 1000), text),
      },
    },
  };
}
