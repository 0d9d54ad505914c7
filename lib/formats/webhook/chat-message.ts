import { markdownToText } from '@/lib/formats/markdown';
import type { MailContent } from '@/lib/formats/mail/mail-parts';

/**
 * Slack and Microsoft Teams incoming-webhook messages, written from the same content as the mail (the webhook's
 * language and zone), so a channel reads what an inbox reads.
 */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function lines(content: MailContent): string[] {
  return [
    ...(content.lead ? [content.lead] : []),
    ...content.warnings,
    ...(content.message ? [markdownToText(content.message, 2800)] : []),
  ];
}

export function slackMessage(content: MailContent): Record<string, unknown> {
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: content.title.slice(0, 150), emoji: false } },
  ];
  const text = lines(content).map(slackEscape).join('\n\n');
  if (text) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } });
  if (content.facts.length > 0)
    blocks.push({
      type: 'context',
      elements: content.facts.slice(0, 10).map((f) => ({ type: 'mrkdwn', text: slackEscape(f) })),
    });
  if (content.action) {
    blocks.push({
      type: 'actions',
      elements: [
        { type: 'button', text: { type: 'plain_text', text: content.action.label }, url: content.action.url },
      ],
    });
  }
  return { text: content.subject, blocks };
}

export function teamsMessage(content: MailContent): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: content.title, weight: 'Bolder', size: 'Medium', wrap: true },
    ...lines(content).map((text) => ({ type: 'TextBlock', text, wrap: true })),
  ];
  if (content.facts.length > 0)
    body.push({ type: 'TextBlock', text: content.facts.join('\n\n'), wrap: true, isSubtle: true });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: content.action
            ? [{ type: 'Action.OpenUrl', title: content.action.label, url: content.action.url }]
            : [],
        },
      },
    ],
  };
}
