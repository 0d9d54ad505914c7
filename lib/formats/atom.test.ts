import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml, feedText } from '@/lib/formats/atom';
import { seedDocument } from '@/lib/store/seed';
import { FIXTURE_NOW, fixtureDocument, incident, update } from '@/lib/store/test-fixtures/documents';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
});

interface AtomLink {
  '@rel': string;
  '@href': string;
  '@type'?: string;
}
interface AtomEntry {
  id: string;
  title: { '#text': string; '@type': string };
  link: AtomLink[];
  published: string;
  updated: string;
  content: { '#text': string; '@type': string };
}
interface AtomFeed {
  feed: {
    '@xmlns': string;
    '@xml:lang': string;
    id: string;
    title: { '#text': string };
    updated: string;
    author: { name: string };
    link: AtomLink[];
    entry?: AtomEntry[];
  };
}

function parse(xml: string): AtomFeed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as AtomFeed;
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('buildAtomFeed', () => {
  const xml = buildAtomFeed(fixtureDocument(), FIXTURE_NOW);
  const { feed } = parse(xml);

  it('is an Atom feed with the required feed elements (RFC 4287 §4.1.1)', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^tag:status\.superoffice\.com,2025-01-01:feed\/history$/);
    expect(feed.title['#text']).toContain('SuperOffice CRM Online');
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.author.name).toBe('SuperOffice CRM Online');
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(
      'https://status.superoffice.com/history.atom',
    );
  });

  it('has one entry per incident and maintenance, with id, title, updated and an alternate link', () => {
    const entries = feed.entry ?? [];
    expect(entries).toHaveLength(6);
    for (const e of entries) {
      expect(e.id).toMatch(/^tag:/);
      expect(e.title['#text'].length).toBeGreaterThan(0);
      expect(e.updated).toMatch(rfc3339);
      expect(e.published).toMatch(rfc3339);
      expect(e.link[0]?.['@rel']).toBe('alternate');
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('orders entries newest first and the feed is as new as its newest entry', () => {
    const updated = (feed.entry ?? []).map((e) => Date.parse(e.updated));
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect(Date.parse(feed.updated)).toBe(updated[0]);
  });

  it('escapes names and keeps them readable after parsing', () => {
    const open = feed.entry?.find((e) => e.link[0]?.['@href'].endsWith('/incidents/inc-open'));
    expect(open?.title['#text']).toBe('Incident: API errors <for some> customers & partners');
  });

  it('carries every update as HTML, newest first, with Markdown rendered and component changes named', () => {
    const open = feed.entry?.find((e) => e.link[0]?.['@href'].endsWith('/incidents/inc-open'));
    const html = open?.content['#text'] ?? '';
    expect(open?.content['@type']).toBe('html');
    expect(html.indexOf('Identified')).toBeLessThan(html.indexOf('Investigating'));
    expect(html).toContain('<strong>looking</strong>');
    expect(html).toContain('API and web services: Partial outage');
  });

  it('says a cancelled maintenance was cancelled', () => {
    const cancelled = feed.entry?.find((e) => e.link[0]?.['@href'].endsWith('/incidents/mnt-cancelled'));
    expect(cancelled?.content['#text']).toContain('This maintenance was cancelled.');
  });

  it('never lets raw HTML from a message through', () => {
    const doc = seedDocument();
    doc.incidents = [
      incident({
        id: 'x',
        name: '<script>alert(1)</script>',
        updates: [update('u', 'investigating', FIXTURE_NOW.toISOString(), '<img src=x onerror=alert(1)>')],
      }),
    ];
    const { feed: f } = parse(buildAtomFeed(doc, FIXTURE_NOW));
    const html = f.entry?.[0]?.content['#text'] ?? '';
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(f.entry?.[0]?.title['#text']).toBe('Incident: <script>alert(1)</script>');
  });

  it('says when a maintenance is scheduled, in the page zone with its offset', () => {
    const upcoming = feed.entry?.find((e) => e.link[0]?.['@href'].endsWith('/incidents/mnt-upcoming'));
    expect(upcoming?.title['#text']).toBe('Maintenance: Database upgrade');
    expect(upcoming?.content['#text']).toContain(
      'Scheduled: 12/03/2026, 13:00 (UTC+01:00) – 12/03/2026, 15:00 (UTC+01:00)',
    );
  });

  it("speaks the reader's language", () => {
    const doc = fixtureDocument();
    const { feed: nb } = parse(
      buildAtomFeed(doc, FIXTURE_NOW, feedText('nb', doc.page.name, doc.page.timeZone)),
    );
    expect(nb['@xml:lang']).toBe('nb');
    expect(nb.title['#text']).toBe('Statushistorikk for SuperOffice CRM Online');
    const done = nb.entry?.find((e) => e.link[0]?.['@href'].endsWith('/incidents/mnt-done'));
    expect(done?.title['#text']).toBe('Vedlikehold: Network change');
    expect(done?.content['#text']).toContain('Vedlikeholdet er fullført.');
  });

  it('is a valid empty feed for a page without history', () => {
    const { feed: f } = parse(buildAtomFeed(seedDocument(), FIXTURE_NOW));
    expect(f.entry).toBeUndefined();
    expect(f.updated).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops control characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
