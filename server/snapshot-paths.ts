import { posix } from 'node:path';
import { locales } from '@/lib/core/locales';

/** Pages of the public surface, by their path without a language prefix. */
export const SNAPSHOT_PAGES = ['/', '/calendar', '/history'];

/**
 * How a document's language is chosen: `viewer` as a page's (the language prefix, ?lang=, else the page's own),
 * `query` only by ?lang= (English otherwise, like the v2 API and the calendar feeds), `none` not at all.
 */
export type DocumentLanguage = 'viewer' | 'query' | 'none';

export interface SnapshotDocument {
  file: string;
  language: DocumentLanguage;
}

/** Machine-readable documents, fetched as they are and stored under a file name a static host types right. */
export const SNAPSHOT_DOCUMENTS: [url: string, file: string, language: DocumentLanguage][] = [
  ['/api/v2/summary.json', 'api/v2/summary.json', 'query'],
  ['/api/v2/status.json', 'api/v2/status.json', 'query'],
  ['/api/v2/components.json', 'api/v2/components.json', 'query'],
  ['/api/v2/incidents.json', 'api/v2/incidents.json', 'query'],
  ['/api/v2/incidents/unresolved.json', 'api/v2/incidents/unresolved.json', 'query'],
  ['/api/v2/scheduled-maintenances.json', 'api/v2/scheduled-maintenances.json', 'query'],
  ['/api/v2/scheduled-maintenances/upcoming.json', 'api/v2/scheduled-maintenances/upcoming.json', 'query'],
  ['/api/v2/scheduled-maintenances/active.json', 'api/v2/scheduled-maintenances/active.json', 'query'],
  ['/api/v1/calendar', 'api/v1/calendar.json', 'query'],
  ['/api/v1/calendar.ics', 'api/v1/calendar.ics', 'query'],
  ['/api/v1/schedule', 'api/v1/schedule.json', 'query'],
  ['/api/v1/uptime', 'api/v1/uptime.json', 'none'],
  ['/history.atom', 'history.atom', 'viewer'],
  ['/badge.svg', 'badge.svg', 'viewer'],
  ['/favicon.svg', 'favicon.svg', 'none'],
  ['/favicon.ico', 'favicon.ico', 'none'],
];

/** The file of a document in `locale`: English under its own name, other languages in their folder. */
export function documentFile(document: SnapshotDocument, locale: string): string {
  return document.language === 'none' || locale === 'en' ? document.file : `${locale}/${document.file}`;
}

const PREFIX = new RegExp(`^/(${locales.join('|')})(?=/|$)`);

/**
 * The file a public URL is stored in, or null when the snapshot does not hold it. Pages become folders with
 * an index.html (`/nb/calendar` → `nb/calendar/index.html`); `?lang=` is the same as the language prefix.
 * Documents in a language other than English are kept in that language's folder (`nb/history.atom`).
 */
export function fileForUrl(
  pathAndQuery: string,
  documents: Map<string, SnapshotDocument>,
  pages: Set<string>,
  pageLocale = 'en',
): string | null {
  const url = new URL(pathAndQuery, 'http://snapshot.invalid');
  if (url.pathname.startsWith('/_next/static/')) return url.pathname.slice(1);
  const prefix = PREFIX.exec(url.pathname);
  const known = (locale: string | null | undefined) =>
    locale && (locales as readonly string[]).includes(locale) ? locale : 'en';
  const document = documents.get(url.pathname);
  if (document) {
    const asked = url.searchParams.get('lang');
    return documentFile(document, known(document.language === 'viewer' ? (asked ?? pageLocale) : asked));
  }
  // A language chosen in the query (the language menu) wins; a plain link keeps the page's language, as the
  // live site's language cookie would.
  const locale = known(url.searchParams.get('lang') ?? prefix?.[1] ?? pageLocale);
  const path = (prefix ? url.pathname.slice(prefix[0].length) : url.pathname) || '/';
  const month = url.searchParams.get('month');
  const page = path === '/calendar' && month && /^\d{4}-\d{2}$/.test(month) ? `/calendar/${month}` : path;
  if (!pages.has(page)) return null;
  const folder = `${locale === 'en' ? '' : `${locale}/`}${page.slice(1)}`.replace(/\/$/, '');
  return folder ? `${folder}/index.html` : 'index.html';
}

/** The link from the file `from` to the file `to`, relative, so the folder works under any base path. */
export function relativeLink(from: string, to: string): string {
  const link = posix.relative(posix.dirname(from), to);
  return link.startsWith('.') ? link : `./${link}`;
}

const decode = (s: string) => s.replaceAll('&amp;', '&');

/**
 * A page made static: the framework's scripts (which would try to navigate and prefetch from a server) are
 * removed, and every link to something the snapshot holds is made relative to the page's own file.
 * Returns the HTML and the assets it needs.
 */
export function staticPage(
  html: string,
  pageUrl: string,
  ownFile: string,
  resolveFile: (pathAndQuery: string, pageLocale: string) => string | null,
  pageLocale: string,
): { html: string; assets: string[] } {
  const assets = new Set<string>();
  let out = html
    .replace(/<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/g, '')
    .replace(/<script\b[^>]*>[^<]*(?:__next_f|TURBOPACK)[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/g, '');
  out = out.replace(/\b(href|src)="([^"]*)"/g, (whole, name: string, value: string) => {
    const raw = decode(value);
    if (raw.startsWith('#') || /^[a-z]+:/i.test(raw) || raw.startsWith('//')) return whole;
    const absolute = new URL(raw, `http://snapshot.invalid${pageUrl}`);
    const target = `${absolute.pathname}${absolute.search}`;
    const file = resolveFile(target, pageLocale);
    if (!file) return whole;
    if (absolute.pathname.startsWith('/_next/static/')) assets.add(absolute.pathname);
    return `${name}="${relativeLink(ownFile, file)}${absolute.hash}"`;
  });
  return { html: out, assets: [...assets] };
}
