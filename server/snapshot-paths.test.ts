import { describe, expect, it } from 'vitest';
import { fileForUrl, relativeLink, staticPage } from '@/server/snapshot-paths';

const documents = new Map([
  ['/api/v2/summary.json', { file: 'api/v2/summary.json', language: 'query' as const }],
  ['/history.atom', { file: 'history.atom', language: 'viewer' as const }],
  ['/favicon.ico', { file: 'favicon.ico', language: 'none' as const }],
]);
const pages = new Set(['/', '/calendar', '/calendar/2026-07', '/history']);
const file = (url: string, locale?: string) => fileForUrl(url, documents, pages, locale);

describe('fileForUrl', () => {
  it('stores pages as folders per language, documents under their own names', () => {
    expect(file('/')).toBe('index.html');
    expect(file('/nb/calendar')).toBe('nb/calendar/index.html');
    expect(file('/calendar?month=2026-07&lang=de')).toBe('de/calendar/2026-07/index.html');
    expect(file('/api/v2/summary.json?x=1')).toBe('api/v2/summary.json');
    expect(file('/_next/static/chunks/a.css')).toBe('_next/static/chunks/a.css');
    expect(file('/admin')).toBeNull();
  });

  it('keeps documents in each language they are read in', () => {
    expect(file('/api/v2/summary.json', 'nb')).toBe('api/v2/summary.json');
    expect(file('/api/v2/summary.json?lang=de', 'nb')).toBe('de/api/v2/summary.json');
    expect(file('/history.atom', 'nb')).toBe('nb/history.atom');
    expect(file('/history.atom?lang=sv', 'nb')).toBe('sv/history.atom');
    expect(file('/history.atom?lang=xx')).toBe('history.atom');
    expect(file('/favicon.ico?lang=nb', 'nb')).toBe('favicon.ico');
  });

  it('keeps the page language for plain links and lets ?lang= choose another', () => {
    expect(file('/history', 'sv')).toBe('sv/history/index.html');
    expect(file('/nb/history?lang=da', 'nb')).toBe('da/history/index.html');
  });
});

describe('staticPage', () => {
  it('removes the framework scripts and makes links relative to the page', () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/><script src="/_next/static/chunks/b.js" async=""></script>' +
      '<script>self.__next_f.push([1,"x"])</script><a href="/calendar">c</a><a href="?lang=de">de</a><a href="/admin">a</a>';
    const out = staticPage(html, '/nb/history', 'nb/history/index.html', (t, l) => file(t, l), 'nb');
    expect(out.html).not.toContain('<script');
    expect(out.html).toContain('href="../../_next/static/chunks/a.css"');
    expect(out.html).toContain('href="../calendar/index.html"');
    expect(out.html).toContain('href="../../de/history/index.html"');
    expect(out.html).toContain('href="/admin"');
    expect(out.assets).toEqual(['/_next/static/chunks/a.css']);
    expect(relativeLink('index.html', 'badge.svg')).toBe('./badge.svg');
  });
});
