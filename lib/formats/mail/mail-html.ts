import { escapeHtml } from '@/lib/formats/html-escape';
import { htmlLang } from '@/lib/i18n/locales';
import { renderMarkdown } from '@/lib/formats/markdown';
import type { MailContent } from '@/lib/formats/mail/mail-parts';

/**
 * The HTML part of a mail: one self-contained document with inline styles, no images, scripts or anything fetched
 * from elsewhere; landmarks, one h1 and colours that keep 4.5:1 contrast, so it reads well in any client and
 * with a screen reader.
 */

const STYLE = `body{margin:0;padding:0;background:#f4f5f7;color:#1f2328;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5}
.wrap{max-width:600px;margin:0 auto;padding:24px 16px}
main{background:#ffffff;border:1px solid #d0d7de;border-radius:8px;padding:24px}
.page{margin:0 0 8px;color:#57606a;font-size:14px}
h1{margin:0 0 16px;font-size:22px;line-height:1.3}
ul.facts{margin:0 0 16px;padding-left:20px}
.warning{margin:0 0 16px;padding:12px;border-left:4px solid #9a6700;background:#fff8c5;color:#4d2d00}
.message{margin:0 0 16px;padding:12px 16px;background:#f6f8fa;border-radius:6px;overflow-wrap:anywhere}
.message p{margin:0 0 8px}
a{color:#0550ae}
.button{display:inline-block;padding:10px 18px;background:#0550ae;color:#ffffff;border-radius:6px;font-weight:600;text-decoration:none}
.note{color:#57606a;font-size:14px}
footer{padding:16px 8px;color:#57606a;font-size:13px}
footer a{color:#0550ae}`;

/** Markdown headings one level down, so the mail's own h1 stays the only one and levels never skip. */
function messageHtml(markdown: string): string {
  return renderMarkdown(markdown).replace(
    /<(\/?)h([1-6])>/g,
    (_m, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 1)}>`,
  );
}

export function mailHtml(content: MailContent, pageName: string): string {
  const p = (text: string, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`;
  const parts = [
    p(pageName, 'page'),
    `<h1>${escapeHtml(content.title)}</h1>`,
    content.lead ? p(content.lead) : '',
    content.facts.length > 0
      ? `<ul class="facts">${content.facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`
      : '',
    ...content.warnings.map((w) => p(w, 'warning')),
    content.message ? `<div class="message">${messageHtml(content.message)}</div>` : '',
    content.action
      ? `<p><a class="button" href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`
      : '',
    content.calendarLink
      ? `<p>${escapeHtml(content.calendarLink.hint)}<br><a href="${escapeHtml(content.calendarLink.url)}">${escapeHtml(content.calendarLink.label)}</a></p>`
      : '',
    ...content.notes.map((n) => p(n, 'note')),
  ];
  const links = content.links
    .map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`)
    .join(' · ');
  return `<!doctype html>
<html lang="${htmlLang(content.lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.subject)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="wrap">
<main>
${parts.filter((part) => part !== '').join('\n')}
</main>
<footer>
${content.footer.map((f) => p(f)).join('\n')}
<p>${links}</p>
</footer>
</div>
</body>
</html>
`;
}
