import { escapeHtml } from '@/lib/formats/html-escape';

/**
 * The small pages that links in subscription mail open (confirm, unsubscribe): one self-contained HTML document,
 * answered by a route handler because the same URL must take a plain form POST. Works without JavaScript; the
 * GET never changes anything (mail scanners open links), only the button's POST does.
 */
export interface LinkPage {
  lang: string;
  title: string;
  pageName: string;
  message: string;
  /** Tone of the message: a result, or a problem the reader must act on. */
  tone: 'info' | 'ok' | 'problem';
  form: { button: string; fields: Record<string, string> } | null;
  links: { href: string; label: string }[];
}

const STYLE = `:root{color-scheme:light dark;--bg:#f4f6f9;--surface:#ffffff;--text:#14181f;--muted:#4a5565;--border:#d5dae1;--accent:#0b5cad;--accent-fg:#ffffff;--ok:#11783b;--problem:#b3171f}
@media (prefers-color-scheme:dark){:root{--bg:#0f131a;--surface:#171c24;--text:#e8ecf2;--muted:#a7b0bf;--border:#323b49;--accent:#79b0ff;--accent-fg:#0f131a;--ok:#5fd08b;--problem:#ff8a8f}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
main{max-width:34rem;margin:3rem auto;padding:1.5rem;background:var(--surface);border:1px solid var(--border);border-radius:.75rem}
.page{margin:0 0 .5rem;color:var(--muted);font-size:.875rem}h1{margin:0 0 1rem;font-size:1.5rem;line-height:1.25}
.ok{color:var(--ok)}.problem{color:var(--problem);font-weight:600}
button{min-height:2.75rem;padding:0 1.25rem;border:0;border-radius:.5rem;background:var(--accent);color:var(--accent-fg);font:inherit;font-weight:600;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
a{color:var(--accent)}ul{padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:1rem}`;

export function linkPageHtml(page: LinkPage): string {
  const form = page.form
    ? `<form method="post">${Object.entries(page.form.fields)
        .map(
          ([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
        )
        .join('')}<button type="submit">${escapeHtml(page.form.button)}</button></form>`
    : '';
  const links = page.links
    .map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)} · ${escapeHtml(page.pageName)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="page">${escapeHtml(page.pageName)}</p>
<h1>${escapeHtml(page.title)}</h1>
<p class="${page.tone}"${page.tone === 'info' ? '' : ' role="status"'}>${escapeHtml(page.message)}</p>
${form}
${links ? `<ul>${links}</ul>` : ''}
</main>
</body>
</html>
`;
}
