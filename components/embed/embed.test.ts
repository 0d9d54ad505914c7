import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  EMBED_CSS,
  EMBED_SCRIPT,
  embedCsp,
  embedPalette,
  frameAncestorsValue,
  renderEmbedDocument,
} from '@/components/embed/embed-document';
import { escapeHtml } from '@/lib/formats/html-escape';
import { embedModel, type EmbedOptions } from '@/components/embed/embed-model';
import { incident, maintenance } from '@/lib/store/test-fixtures/documents';
import { seedDocument } from '@/lib/store/seed';

const options: EmbedOptions = {
  locale: 'en',
  formatLocale: 'en-GB',
  zone: 'Europe/Oslo',
  zoneChosen: false,
  theme: 'auto',
};
/** A Wednesday: the next recurring window (Friday 00:00 system maintenance or patching) is within 7 days. */
const NOW = new Date('2026-03-11T10:00:00.000Z');

function quietDoc() {
  const doc = seedDocument();
  doc.rules = [];
  return doc;
}

describe('embedModel', () => {
  it('says all systems are operational when nothing is wrong or planned', () => {
    const m = embedModel(quietDoc(), NOW, options);
    expect(m).toMatchObject({
      tone: 'ok',
      text: 'All systems operational',
      detail: null,
      linkHref: '/?lang=en',
    });
  });

  it('names the active incident first', () => {
    const doc = quietDoc();
    doc.incidents = [incident({ id: 'i', name: 'Login fails', impact: 'critical' })];
    const m = embedModel(doc, NOW, options);
    expect(m.tone).toBe('critical');
    expect(m.text).toBe('Major service outage: Login fails');
  });

  it('names the next maintenance within 7 days with its local time and how far ahead', () => {
    const doc = quietDoc();
    doc.maintenances = [
      maintenance({
        id: 'm',
        name: 'DB',
        scheduledFor: '2026-03-13T23:00:00.000Z',
        scheduledUntil: '2026-03-14T01:00:00.000Z',
      }),
    ];
    const oslo = embedModel(doc, NOW, options);
    expect(oslo.detail).toBe('Maintenance in 3 days (Sat 14/03/2026, 00:00 UTC+01:00)');
    const ny = embedModel(doc, NOW, {
      ...options,
      zone: 'America/New_York',
      zoneChosen: true,
      locale: 'nb',
      formatLocale: 'nb',
    });
    expect(ny.detail).toBe('Vedlikehold om 3 dager (fre 13.03.2026 19:00 UTC-04:00)');
  });

  it('ignores a maintenance more than 7 days ahead and a cancelled one', () => {
    const doc = quietDoc();
    doc.maintenances = [
      maintenance({
        id: 'far',
        name: 'Far',
        scheduledFor: '2026-03-19T23:00:00.000Z',
        scheduledUntil: '2026-03-20T01:00:00.000Z',
      }),
      maintenance({
        id: 'off',
        name: 'Off',
        scheduledFor: '2026-03-12T23:00:00.000Z',
        scheduledUntil: '2026-03-13T01:00:00.000Z',
        cancelledAt: '2026-03-10T00:00:00.000Z',
      }),
    ];
    expect(embedModel(doc, NOW, options).detail).toBeNull();
  });

  it('says a running maintenance lasts until its end', () => {
    const doc = quietDoc();
    doc.maintenances = [
      maintenance({
        id: 'm',
        name: 'Now',
        scheduledFor: '2026-03-11T09:00:00.000Z',
        scheduledUntil: '2026-03-11T12:00:00.000Z',
      }),
    ];
    const m = embedModel(doc, NOW, options);
    expect(m).toMatchObject({
      tone: 'maint',
      text: 'Maintenance in progress until Wed 11/03/2026, 13:00 UTC+01:00',
      detail: null,
    });
  });

  it('includes the published recurring windows, but not the nightly recycle', () => {
    const m = embedModel(seedDocument(), NOW, options);
    expect(m.detail).toMatch(/^Maintenance in \d+ (hours|day|days) \(Fri 13\/03\/2026, 00:00 UTC\+01:00\)$/);
  });
});

describe('renderEmbedDocument', () => {
  const doc = quietDoc();
  doc.incidents = [incident({ id: 'i', name: '<img src=x onerror=alert(1)> & "quotes"' })];
  const html = renderEmbedDocument(embedModel(doc, NOW, { ...options, theme: 'dark' }));

  it('escapes every text', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(escapeHtml(`<'">&`)).toBe('&lt;&#39;&quot;&gt;&amp;');
  });

  it('carries the language, theme and zone, and a link that opens the full page in the top window', () => {
    expect(html).toContain(
      '<html lang="en" data-theme="dark" data-zone="Europe/Oslo" data-zone-chosen="false">',
    );
    expect(html).toContain('<a href="/?lang=en" target="_top">View status page</a>');
  });

  it('stays far below 25 KB, even before compression', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(8 * 1024);
    expect(gzipSync(html).length).toBeLessThan(3 * 1024);
  });

  it('posts its height to the parent window', () => {
    expect(EMBED_SCRIPT).toContain("postMessage({type:'status-embed-height'");
  });
});

describe('embedCsp', () => {
  const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

  it('allows exactly the inline script and style by hash, and nothing else to load', () => {
    const csp = embedCsp(['https:']);
    expect(csp).toContain(`script-src ${hash(EMBED_SCRIPT)}`);
    expect(csp).toContain(`style-src ${hash(EMBED_CSS)}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('frame-ancestors https:');
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('frameAncestorsValue', () => {
  it.each([
    [['https:'], 'https:'],
    [
      ['https://app.superoffice.com', 'https://*.superoffice.com'],
      'https://app.superoffice.com https://*.superoffice.com',
    ],
    [["'self'", 'http://127.0.0.1:4000'], "'self' http://127.0.0.1:4000"],
    [['https://a.com; script-src *', 'https://b.com'], 'https://b.com'],
    [["'unsafe-inline'"], "'none'"],
    [[], "'none'"],
  ])('turns %j into %s', (sources, value) => {
    expect(frameAncestorsValue(sources)).toBe(value);
  });
});

describe('embedPalette', () => {
  const css = readFileSync(join(process.cwd(), 'app/globals.css'), 'utf8');
  const root = css.slice(css.search(/^:root \{/m), css.indexOf('}', css.search(/^:root \{/m)));

  it('uses the light and dark colours of the site', () => {
    expect(root.length).toBeGreaterThan(0);
    for (const [variable, light] of Object.entries(embedPalette.light)) {
      const dark = embedPalette.dark[variable as keyof typeof embedPalette.dark];
      expect(root, variable).toContain(`${variable}: light-dark(${light}, ${dark});`);
    }
  });
});
