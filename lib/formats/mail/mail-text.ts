import type { MailContent } from '@/lib/formats/mail/mail-parts';

/** The plain-text part: the same content, links written out, lines as a person would type them. */
export function mailText(content: MailContent): string {
  const blocks: string[] = [`${content.title}\n${'='.repeat(Math.min(content.title.length, 72))}`];
  if (content.lead) blocks.push(content.lead);
  if (content.facts.length > 0) blocks.push(content.facts.map((f) => `- ${f}`).join('\n'));
  for (const warning of content.warnings) blocks.push(`! ${warning}`);
  if (content.message) blocks.push(content.message.trim());
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  if (content.calendarLink) blocks.push(`${content.calendarLink.hint}\n${content.calendarLink.url}`);
  blocks.push(...content.notes);
  blocks.push(`-- \n${content.footer.join('\n')}`);
  blocks.push(content.links.map((l) => `${l.label}: ${l.url}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
