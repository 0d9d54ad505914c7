import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  keyOrderProblems,
  spEndpointPaths,
  spEndpointSchemas,
} from '../lib/formats/test-support/statuspage-schema';
import { msUntil, postIncident, postMaintenance, resolveAllIncidents } from './public-helpers';

type Endpoint = keyof typeof spEndpointPaths;
const endpoints = Object.keys(spEndpointPaths) as Endpoint[];

test.describe.configure({ mode: 'serial' });

test.describe('Statuspage v2 API', () => {
  test.beforeAll(async ({ request }) => {
    await postIncident(request, 'Slow API responses', {
      impact: 'minor',
      componentStatus: 'degraded_performance',
    });
    await postMaintenance(request, 'Database upgrade', 2 * 86_400_000, 2 * 3_600_000);
    await postMaintenance(
      request,
      'Emergency storage fix',
      -60_000,
      3_600_000,
      'A disk controller is failing.',
    );
  });

  for (const endpoint of endpoints) {
    test(`${spEndpointPaths[endpoint]} matches Statuspage's documents, with CORS, a strong ETag and 304`, async ({
      request,
    }) => {
      const response = await request.get(spEndpointPaths[endpoint]);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers()['access-control-allow-origin']).toBe('*');
      expect(response.headers()['cache-control']).toMatch(
        /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+/,
      );
      const body: unknown = await response.json();
      const parsed = spEndpointSchemas[endpoint].safeParse(body);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(keyOrderProblems(body)).toEqual([]);

      const etag = response.headers()['etag'] ?? '';
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const again = await request.get(spEndpointPaths[endpoint], { headers: { 'If-None-Match': etag } });
      expect(again.status()).toBe(304);
      expect(await again.body()).toHaveLength(0);
    });
  }

  test('the summary holds the open incident and the active and upcoming maintenances; the indicator stays in Statuspage words', async ({
    request,
  }) => {
    const summary = (await (await request.get('/api/v2/summary.json')).json()) as {
      status: { indicator: string; description: string };
      incidents: { name: string }[];
      scheduled_maintenances: { name: string; status: string; impact: string }[];
      components: { id: string; group: boolean; components?: string[]; status: string }[];
    };
    expect(summary.incidents.map((i) => i.name)).toContain('Slow API responses');
    expect(summary.scheduled_maintenances.map((m) => [m.name, m.status])).toEqual([
      ['Emergency storage fix', 'in_progress'],
      ['Database upgrade', 'scheduled'],
    ]);
    expect(['none', 'minor', 'major', 'critical']).toContain(summary.status.indicator);
    const group = summary.components.find((c) => c.id === 'crm-online');
    expect(group).toMatchObject({ group: true, components: ['web-client', 'mobile-apps', 'api', 'login'] });
    expect(summary.components.find((c) => c.id === 'document-storage')?.status).toBe('under_maintenance');
  });

  test('answers a CORS preflight from any origin', async ({ request }) => {
    const response = await request.fetch('/api/v2/summary.json', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://example.org',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(response.status()).toBe(204);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect(response.headers()['access-control-allow-headers']).toContain('If-None-Match');
  });
});

/**
 * statuspage.js (npm, MIT, a test-only dependency) is a published client of Statuspage's public v2 API.
 */
interface StatuspageClient {
  axios: { defaults: { baseURL?: string } };
  summary(): Promise<{
    status: { indicator: string };
    components: unknown[];
    incidents: { name: string }[];
    scheduled_maintenances: unknown[];
  }>;
  status(): Promise<{ status: { indicator: string; description: string } }>;
  components(): Promise<{ components: { id: string }[] }>;
  allIncidents(): Promise<{ incidents: { name: string; incident_updates: unknown[] }[] }>;
  unresolvedIncidents(): Promise<{ incidents: { name: string }[] }>;
  upcomingScheduledMaintenances(): Promise<{
    scheduled_maintenances: { name: string; scheduled_for: Date }[];
  }>;
  activeScheduledMaintenances(): Promise<{ scheduled_maintenances: { name: string }[] }>;
}

function loadClient(): new (id: string) => StatuspageClient {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return (require('statuspage.js') as { Statuspage: new (id: string) => StatuspageClient }).Statuspage;
}

test('a published Statuspage client (statuspage.js) reads every public endpoint of the running server', async ({
  baseURL,
  request,
}) => {
  const Statuspage = loadClient();
  expect(baseURL).toBeTruthy();
  await postIncident(request, 'Client-visible incident', { impact: 'major' });

  const client = new Statuspage('superoffice-crm');
  client.axios.defaults.baseURL = `${baseURL}/api/v2`;
  const summary = await client.summary();
  expect(summary.incidents.map((i) => i.name)).toContain('Client-visible incident');
  expect(summary.components.length).toBeGreaterThan(9);
  expect(['none', 'minor', 'major', 'critical']).toContain((await client.status()).status.indicator);
  expect((await client.components()).components.map((c) => c.id)).toContain('web-client');
  const all = await client.allIncidents();
  expect(all.incidents.find((i) => i.name === 'Client-visible incident')?.incident_updates).toHaveLength(1);
  expect((await client.unresolvedIncidents()).incidents.map((i) => i.name)).toContain(
    'Client-visible incident',
  );
  const upcoming = await client.upcomingScheduledMaintenances();
  expect(upcoming.scheduled_maintenances.map((m) => m.name)).toContain('Database upgrade');
  expect(upcoming.scheduled_maintenances[0]?.scheduled_for).toBeInstanceOf(Date);
  expect((await client.activeScheduledMaintenances()).scheduled_maintenances.map((m) => m.name)).toEqual([
    'Emergency storage fix',
  ]);
});

test('a write is visible within one second on the summary, the home page, the embed, the feed and the badge; the new ETag then answers 304', async ({
  request,
}) => {
  const urls = ['/api/v2/summary.json', '/?lang=en', '/embed?lang=en', '/history.atom', '/badge.svg'];
  // Earlier tests leave incidents open; from a calm page the badge must change too.
  await resolveAllIncidents(request);
  expect(await (await request.get('/badge.svg')).text()).not.toContain('major outage');
  const before = new Map<string, string>();
  for (const url of urls) before.set(url, (await request.get(url)).headers()['etag'] ?? '');

  const name = `Login outage ${Date.now()}`;
  const posted = Date.now();
  await postIncident(request, name, {
    impact: 'critical',
    component: 'login',
    componentStatus: 'major_outage',
  });
  const checks: [string, (body: string) => boolean][] = [
    ['/api/v2/summary.json', (b) => b.includes(name)],
    ['/?lang=en', (b) => b.includes(name)],
    ['/embed?lang=en', (b) => b.includes(name)],
    ['/history.atom', (b) => b.includes(name)],
    ['/badge.svg', (b) => b.includes('major outage')],
  ];
  const seen = Object.fromEntries(
    await Promise.all(
      checks.map(async ([url, check]) => [url, await msUntil(request, url, check, posted)] as const),
    ),
  );
  test.info().annotations.push({ type: 'visible after (ms)', description: JSON.stringify(seen) });
  console.log('visible after (ms):', JSON.stringify(seen));
  for (const [url, ms] of Object.entries(seen)) expect(ms, url).toBeLessThan(1_000);

  for (const url of urls) {
    const fresh = await request.get(url);
    const etag = fresh.headers()['etag'] ?? '';
    expect(etag, url).not.toBe(before.get(url));
    const revalidated = await request.get(url, { headers: { 'If-None-Match': etag } });
    expect(revalidated.status(), url).toBe(304);
  }
});

test('an address under /api that no route serves answers a JSON 404, whatever the method', async ({
  request,
}) => {
  for (const method of ['GET', 'POST', 'DELETE'] as const) {
    const response = await request.fetch('/api/v1/no-such-thing', { method });
    expect(response.status(), method).toBe(404);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  }
});
