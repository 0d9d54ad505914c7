import { escapeHtml } from '@/lib/formats/html-escape';
import { createHash } from 'node:crypto';
import type { EmbedModel, EmbedTone } from '@/components/embed/embed-model';
import { statusMarks } from '@/components/status/status-marks';

/**
 * The embed as one small, complete HTML document: no framework runtime, one inline stylesheet and one inline
 * script (height messages to the parent, the browser's zone, live refresh), both allowed by hash in the CSP.
 */

/** The status line, with a name in another language marked so screen readers pronounce it right. */
function textWithLang(model: EmbedModel): string {
  const foreign = model.foreign;
  const at = foreign ? model.text.indexOf(foreign.text) : -1;
  if (!foreign || at < 0) return escapeHtml(model.text);
  const before = model.text.slice(0, at);
  const after = model.text.slice(at + foreign.text.length);
  return `${escapeHtml(before)}<span lang="${escapeHtml(foreign.lang)}">${escapeHtml(foreign.text)}</span>${escapeHtml(after)}`;
}

/** Light and dark palettes: the same values as app/globals.css (a unit test keeps them equal). */
export const embedPalette = {
  light: {
    '--c-surface': '#ffffff',
    '--c-text': '#14181f',
    '--c-muted': '#4a5565',
    '--c-border': '#d5dae1',
    '--c-accent': '#0b5cad',
    '--c-focus': '#0b5cad',
    '--c-ok': '#11783b',
    '--c-minor': '#8a5a00',
    '--c-major': '#b3400b',
    '--c-critical': '#b3171f',
    '--c-maint': '#1f5fb8',
  },
  dark: {
    '--c-surface': '#171c24',
    '--c-text': '#e8ecf2',
    '--c-muted': '#a7b0bf',
    '--c-border': '#323b49',
    '--c-accent': '#7db4f5',
    '--c-focus': '#9cc7ff',
    '--c-ok': '#5fd38d',
    '--c-minor': '#f2c35c',
    '--c-major': '#ff9a6b',
    '--c-critical': '#ff8a8f',
    '--c-maint': '#8cbcff',
  },
} as const;

const vars = (palette: Record<string, string>) =>
  Object.entries(palette)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');

const tones: readonly EmbedTone[] = ['ok', 'minor', 'major', 'critical', 'maint'];

export const EMBED_CSS = [
  `:root{color-scheme:light;${vars(embedPalette.light)}}`,
  `@media (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;${vars(embedPalette.dark)}}}`,
  `:root[data-theme=dark]{color-scheme:dark;${vars(embedPalette.dark)}}`,
  `html,body{margin:0;padding:0;background:transparent}`,
  `body{font:14px/1.4 ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,'Liberation Sans','DejaVu Sans',Arial,sans-serif;color:var(--c-text)}`,
  `#e{position:relative;display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;padding:8px 12px 8px 36px;background:var(--c-surface);border:1px solid var(--c-border);border-radius:6px}`,
  `.d{position:absolute;left:12px;top:10px;width:16px;height:16px}`,
  ...tones.map((tone) => `.t-${tone}{color:var(--c-${tone})}`),
  `.x{font-weight:600;color:var(--c-text)}`,
  `.m{color:var(--c-muted)}`,
  `a{color:var(--c-accent);margin-left:auto;text-underline-offset:2px}`,
  `a:focus-visible{outline:3px solid var(--c-focus);outline-offset:2px;border-radius:3px}`,
  `#r{display:none;color:var(--c-muted);font-size:12px}`,
  `[data-offline] #r{display:inline}`,
].join('\n');

/**
 * Posts the height on load, resize and change; asks once more with the browser's zone when none was chosen;
 * refreshes every 30 s, on focus and when back online (the HTTP cache revalidates with the ETag, so an unchanged
 * embed costs a 304); keeps the last content and shows "reconnecting" while fetches fail.
 */
export const EMBED_SCRIPT = `(function(){
var d=document,w=window,h=d.documentElement,u=new URL(location.href),busy=0;
function post(){var e=d.getElementById('e');if(e&&w.parent!==w)w.parent.postMessage({type:'status-embed-height',height:Math.ceil(e.getBoundingClientRect().height)},'*')}
if(h.getAttribute('data-zone-chosen')!=='true'){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(z&&z!==h.getAttribute('data-zone'))u.searchParams.set('tz',z)}catch(_){}}
function refresh(){if(busy)return;busy=1;
fetch(u.toString(),{cache:'no-cache',credentials:'same-origin'}).then(function(r){if(!r.ok)throw r.status;return r.text()}).then(function(t){
var n=new DOMParser().parseFromString(t,'text/html').getElementById('e'),e=d.getElementById('e');
if(n&&e&&n.innerHTML!==e.innerHTML){e.innerHTML=n.innerHTML;e.className=n.className}
if(e)e.removeAttribute('data-offline');post()}).catch(function(){var e=d.getElementById('e');if(e)e.setAttribute('data-offline','')}).then(function(){busy=0})}
w.addEventListener('load',post);w.addEventListener('resize',post);
if(w.ResizeObserver)new ResizeObserver(post).observe(d.getElementById('e'));
d.addEventListener('visibilitychange',function(){if(!d.hidden)refresh()});
w.addEventListener('focus',refresh);w.addEventListener('online',refresh);
setInterval(function(){if(!d.hidden)refresh()},30000);
post();if(u.searchParams.get('tz')!==new URL(location.href).searchParams.get('tz'))refresh()})();`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const SCRIPT_HASH = sha256(EMBED_SCRIPT);
const STYLE_HASH = sha256(EMBED_CSS);

/** A CSP source expression we can pass on safely: no separators, quotes only around keywords. */
const sourceExpression =
  /^(?:'(?:self|none)'|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?[a-z0-9.-]+(?::(?:\d{1,5}|\*))?(?:\/[^\s;,']*)?|\*)$/i;

export function frameAncestorsValue(sources: readonly string[]): string {
  const safe = sources.map((s) => s.trim()).filter((s) => s.length > 0 && sourceExpression.test(s));
  return safe.length > 0 ? safe.join(' ') : "'none'";
}

/** The embed's own CSP: only its hashed inline script and style run; it may be framed by the page's list. */
export function embedCsp(frameAncestors: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${SCRIPT_HASH}`,
    `style-src ${STYLE_HASH}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestorsValue(frameAncestors)}`,
  ].join('; ');
}

/** The page's status icon (circle and a mark of its own shape per status), so the line never relies on colour alone. */
function statusIcon(tone: EmbedTone): string {
  return (
    `<svg class="d" viewBox="0 0 20 20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">` +
    `<circle cx="10" cy="10" r="8.25" stroke-width="1.5"/><path d="${statusMarks[tone]}" stroke-width="1.9"/></svg>`
  );
}

export function renderEmbedDocument(model: EmbedModel): string {
  const detail = model.detail === null ? '' : `<span class="m">${escapeHtml(model.detail)}</span>`;
  return `<!doctype html>
<html lang="${escapeHtml(model.lang)}" data-theme="${escapeHtml(model.theme)}" data-zone="${escapeHtml(model.zone)}" data-zone-chosen="${model.zoneChosen}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(model.title)}</title>
<style>${EMBED_CSS}</style>
</head>
<body>
<div id="e" class="t-${model.tone}" role="status" aria-live="polite">${statusIcon(model.tone)}<span class="x">${textWithLang(model)}</span>${detail}<span id="r">${escapeHtml(model.reconnecting)}</span><a href="${escapeHtml(model.linkHref)}" target="_top">${escapeHtml(model.linkText)}</a></div>
<script>${EMBED_SCRIPT}</script>
</body>
</html>
`;
}
