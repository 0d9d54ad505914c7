import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { startServer, type ExtraServer } from './support/server';

/** The response cache in front of Next: writes invalidate every variant, in every process sharing the store. */

const auth = { Authorization: `Bearer ${E2E_API_TOKEN}` };
const variants = [
  '/',
  '/?lang=nb',
  '/?lang=de&tz=America/New_York',
  '/embed?lang=sv',
  '/badge.svg',
  '/history.atom',
  '/api/v2/summary.json',
  '/api/v2/status.json',
  '/api/v2/incidents/unresolved.json',
  '/api/v2/summary.json?lang=nb',
  '/history.atom?lang=nb',
];
/** The Norwegian name every incident here is posted with, for the translated variants. */
const norwegian = (name: string) => `${name} (norsk)`;

const posted: { baseURL: string; id: string }[] = [];

async function postIncident(request: APIRequestContext, baseURL: string, name: string) {
  const res = await request.post(`${baseURL}/api/v1/incidents`, {
    headers: auth,
    data: {
      name,
      status: 'investigating',
      impact: 'major',
      body: 'We are looking into it.',
      components: [{ id: 'web-client', status: 'major_outage' }],
      translations: { nb: { name: norwegian(name) } },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  posted.push({ baseURL, id: ((await res.json()) as { incident: { id: string } }).incident.id });
}

// Other specs share this store: leave the page calm.
test.afterAll(async ({ request, baseURL }) => {
  for (const { id } of posted.splice(0)) {
    const res = await request.post(`${baseURL}/api/v1/incidents/${id}/updates`, {
      headers: auth,
      data: {
        status: 'resolved',
        body: 'Resolved.',
        components: [{ id: 'web-client', status: 'operational' }],
      },
    });
    expect(res.status()).toBe(201);
  }
});

test.describe('response cache', () => {
  test('a write changes every cached variant at once', async ({ request, baseURL }) => {
    const before = new Map<string, string>();
    for (const path of variants) {
      await request.get(path);
      const again = await request.get(path);
      expect(again.headers()['x-cache'], path).toBe('hit');
      before.set(path, again.headers()['etag'] ?? '');
    }
    await postIncident(request, baseURL ?? '', 'Cache invalidation check');
    for (const path of variants) {
      const after = await request.get(path);
      expect(after.status(), path).toBe(200);
      expect(after.headers()['etag'], path).not.toBe(before.get(path));
      const etag = after.headers()['etag'] ?? '';
      const conditional = await request.get(path, { headers: { 'If-None-Match': etag } });
      expect(conditional.status(), path).toBe(304);
    }
    expect(await (await request.get('/api/v2/summary.json')).text()).toContain('Cache invalidation check');
    expect(await (await request.get('/')).text()).toContain('Cache invalidation check');
    const translated = norwegian('Cache invalidation check');
    expect(await (await request.get('/api/v2/summary.json?lang=nb')).text()).toContain(translated);
    expect(await (await request.get('/api/v2/summary.json')).text()).not.toContain(translated);
    expect(await (await request.get('/history.atom?lang=nb')).text()).toContain(translated);
  });

  test.describe('two processes on one data dir', () => {
    let second: ExtraServer;

    test.beforeAll(async () => {
      second = await startServer({ portOffset: 57, shared: true });
    });

    test.afterAll(() => second.stop());

    test('both serve a write made through the other within one second', async ({ request, baseURL }) => {
      // Warm both caches first, so that a stale copy would be what they answer.
      for (const base of [baseURL ?? '', second.baseURL]) {
        await request.get(`${base}/api/v2/summary.json`);
        await request.get(`${base}/`);
        await request.get(`${base}/?lang=nb`);
        await request.get(`${base}/api/v2/summary.json?lang=nb`);
      }
      const name = `Seen by both ${Date.now()}`;
      const posted = Date.now();
      await postIncident(request, second.baseURL, name);
      // Every variant at once (the translated ones too), so the second is shared by all of them.
      const expected: [string, string][] = [
        [`${baseURL}/api/v2/summary.json`, name],
        [`${baseURL}/`, name],
        [`${second.baseURL}/api/v2/summary.json`, name],
        [`${baseURL}/?lang=nb`, norwegian(name)],
        [`${second.baseURL}/api/v2/summary.json?lang=nb`, norwegian(name)],
      ];
      await Promise.all(
        expected.map(([url, text]) =>
          expect
            .poll(async () => (await request.get(url)).text(), { timeout: 1000, intervals: [20] })
            .toContain(text),
        ),
      );
      expect(Date.now() - posted).toBeLessThan(1000);
    });
  });
});
