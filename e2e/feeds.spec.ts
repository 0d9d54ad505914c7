import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { postIncident, postUpdate } from './public-helpers';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
});

interface Feed {
  feed: {
    '@xmlns': string;
    '@xml:lang': string;
    id: string;
    updated: string;
    title: { '#text': string };
    entry?: {
      id: string;
      updated: string;
      title: { '#text': string };
      link: { '@href': string }[];
      content: { '#text': string };
    }[];
  };
}

test('/history.atom is valid Atom with incidents and their updates, newest first, in the reader language', async ({
  request,
}) => {
  const first = await postIncident(request, `Older incident ${Date.now()}`, { component: 'app-store' });
  const second = await postIncident(request, `Newer incident ${Date.now()}`, {
    component: 'office-integration',
  });
  await postUpdate(request, first.id, 'resolved', 'Fixed <b>for good</b>.', [
    { id: 'app-store', status: 'operational' },
  ]);

  const response = await request.get('/history.atom');
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml) as Feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  const entries = feed.entry ?? [];
  const updated = entries.map((e) => Date.parse(e.updated));
  expect(updated).toEqual([...updated].sort((a, b) => b - a));
  expect(Date.parse(feed.updated)).toBe(updated[0]);
  // The update made the older incident the newest entry.
  expect(entries[0]?.title['#text']).toBe(`Incident: ${first.name}`);
  expect(entries[1]?.title['#text']).toBe(`Incident: ${second.name}`);
  const html = entries[0]?.content['#text'] ?? '';
  expect(html.indexOf('Resolved')).toBeLessThan(html.indexOf('Investigating'));
  expect(html).toContain('Fixed &lt;b&gt;for good&lt;/b&gt;.');
  expect(entries[0]?.link[0]?.['@href']).toMatch(new RegExp(`/incidents/${first.id}$`));

  const nb = parser.parse(await (await request.get('/history.atom?lang=nb')).text()) as Feed;
  expect(nb.feed['@xml:lang']).toBe('nb');
  expect(nb.feed.entry?.[0]?.title['#text']).toBe(`Hendelse: ${first.name}`);
});

test('/badge.svg is an SVG image with an accessible title of the overall status', async ({ request }) => {
  const response = await request.get('/badge.svg?lang=nb');
  expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
  const svg = await response.text();
  expect(XMLValidator.validate(svg)).toBe(true);
  const parsed = parser.parse(svg) as { svg: { '@role': string; '@aria-label': string; title: string } };
  expect(parsed.svg['@role']).toBe('img');
  expect(parsed.svg.title).toMatch(/^SuperOffice CRM Online: /);
  expect(parsed.svg['@aria-label']).toBe(parsed.svg.title);
  const etag = response.headers()['etag'] ?? '';
  expect((await request.get('/badge.svg?lang=nb', { headers: { 'If-None-Match': etag } })).status()).toBe(
    304,
  );
});

test('/api/v1/uptime gives 90 days per component in the page zone with the day\u2019s incidents', async ({
  request,
}) => {
  const incident = await postIncident(request, `Uptime probe ${Date.now()}`, {
    component: 'web-client',
    componentStatus: 'major_outage',
  });
  const response = await request.get('/api/v1/uptime');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const report = (await response.json()) as {
    timeZone: string;
    from: string;
    to: string;
    components: {
      id: string;
      uptime: number | null;
      days: { date: string; status: string; incidents: { id: string }[] }[];
    }[];
  };
  expect(report.timeZone).toBe('Europe/Oslo');
  expect(report.components).toHaveLength(9);
  const web = report.components.find((c) => c.id === 'web-client');
  expect(web?.days).toHaveLength(90);
  expect(web?.days.at(-1)).toMatchObject({ date: report.to, status: 'major_outage' });
  expect(web?.days.at(-1)?.incidents.map((i) => i.id)).toContain(incident.id);
  expect(web?.uptime).toBeLessThan(100);
});
