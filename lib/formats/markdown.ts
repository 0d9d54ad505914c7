import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from 'markdown-it';

/**
 * Markdown for incident and maintenance messages, rendered the same way on pages, the embed and the feeds.
 * Raw HTML is escaped (html: false), images are off (the CSP would block outside images anyway, and they could
 * track readers), and links must be http(s) or mailto: anything else stays plain text.
 */
const ALLOWED_LINK = /^(?:https?:\/\/|mailto:)/i;
export const LINK_REL = 'noopener noreferrer nofollow';

function createRenderer(): MarkdownItInstance {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
  md.disable(['image']);
  // markdown-it hands us the link after entity decoding and percent-encoding, so `jav&#x09;ascript:` is already plain.
  md.validateLink = (url: string) => ALLOWED_LINK.test(url.trim());
  const defaultOpen =
    md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]?.attrSet('rel', LINK_REL);
    return defaultOpen(tokens, idx, options, env, self);
  };
  return md;
}

const renderer = createRenderer();

/** Safe HTML for a Markdown message. */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}

/** The text of a Markdown message without its markup, collapsed to one line and cut at `max` characters. */
export function markdownToText(source: string, max = Infinity): string {
  const parts: string[] = [];
  for (const token of renderer.parse(source, {})) {
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
    }
    parts.push(' ');
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
