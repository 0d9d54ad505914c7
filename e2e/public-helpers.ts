import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type APIRequestContext } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { mainStoreEnv, openStore } from './support/store';

/** Shared steps of the public-surface tests: writes through the staff API, waiting for a change, a foreign host. */

export const auth = { Authorization: `Bearer ${E2E_API_TOKEN}` };

export interface PostedIncident {
  id: string;
  name: string;
}

export async function postIncident(
  request: APIRequestContext,
  name: string,
  options: { impact?: string; component?: string; componentStatus?: string; body?: string } = {},
): Promise<PostedIncident> {
  const response = await request.post('/api/v1/incidents', {
    headers: auth,
    data: {
      name,
      status: 'investigating',
      impact: options.impact ?? 'major',
      body: options.body ?? `We are looking into **${name}**.`,
      components: [{ id: options.component ?? 'api', status: options.componentStatus ?? 'partial_outage' }],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const json = (await response.json()) as { incident?: { id: string }; id?: string };
  const id = json.incident?.id ?? json.id;
  if (!id) throw new Error(`no incident id in ${JSON.stringify(json)}`);
  return { id, name };
}

export async function postUpdate(
  request: APIRequestContext,
  id: string,
  status: string,
  body: string,
  components?: { id: string; status: string }[],
) {
  const response = await request.post(`/api/v1/incidents/${id}/updates`, {
    headers: auth,
    data: { status, body, ...(components ? { components } : {}) },
  });
  expect(response.status(), await response.text()).toBe(201);
}

export async function postMaintenance(
  request: APIRequestContext,
  name: string,
  startInMs: number,
  lengthMs: number,
  emergencyReason?: string,
): Promise<string> {
  const start = Date.now() + startInMs;
  const response = await request.post('/api/v1/maintenances', {
    headers: auth,
    data: {
      name,
      body: `Planned work: ${name}.`,
      scheduledFor: new Date(start).toISOString(),
      scheduledUntil: new Date(start + lengthMs).toISOString(),
      components: ['document-storage'],
      ...(emergencyReason ? { emergency: { reason: emergencyReason } } : {}),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const json = (await response.json()) as { maintenance?: { id: string }; id?: string };
  const id = json.maintenance?.id ?? json.id;
  if (!id) throw new Error(`no maintenance id in ${JSON.stringify(json)}`);
  return id;
}

/** Resolves every open incident (their components back to operational), so a test starts from a known status. */
export async function resolveAllIncidents(request: APIRequestContext): Promise<void> {
  const { incidents } = (await (await request.get('/api/v2/incidents/unresolved.json')).json()) as {
    incidents: { id: string }[];
  };
  for (const { id } of incidents) {
    const response = await request.post(`/api/v1/incidents/${id}/resolve`, {
      headers: auth,
      data: { body: 'Resolved for the next test.' },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
}

/** Polls `url` until its body satisfies `check`; returns how long that took after `since`. */
export async function msUntil(
  request: APIRequestContext,
  url: string,
  check: (body: string) => boolean,
  since: number,
  limitMs = 5_000,
): Promise<number> {
  for (;;) {
    const body = await (await request.get(url)).text();
    if (check(body)) return Date.now() - since;
    if (Date.now() - since > limitMs) throw new Error(`${url} did not change within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Whether a maintenance window (the seeded policy's recurring ones included) is running now, as the calendar API
 * says. The embed's line then says so instead of "All systems operational": tests reading that line must not
 * depend on the hour they run at (every third Tuesday 22:00–24:00 Oslo time, every night 02:00–02:05, …).
 */
export async function maintenanceRunning(request: APIRequestContext): Promise<boolean> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const response = await request.get(`/api/v1/calendar?from=${day(-1)}&to=${day(1)}`);
  expect(response.status()).toBe(200);
  const { windows } = (await response.json()) as { windows: { status: string }[] };
  return windows.some((w) => w.status === 'in_progress');
}

/** The embed's line with no incident open: operational, or the running window (checked around the page load). */
export async function quietEmbedLine(request: APIRequestContext, load: () => Promise<void>): Promise<RegExp> {
  const before = await maintenanceRunning(request);
  await load();
  const after = await maintenanceRunning(request);
  const lines = [
    ...(before || after ? ['Maintenance in progress until'] : []),
    ...(!before || !after ? ['All systems operational'] : []),
  ];
  return new RegExp(lines.join('|'));
}

/** Lets `origins` frame the embed, as staff would in the page settings (the store's own writer, another process). */
export async function allowFraming(origins: string[]): Promise<void> {
  const store = openStore(mainStoreEnv());
  await store.update(
    (doc) => {
      doc.page.frameAncestors = origins;
    },
    { now: new Date(), actor: { kind: 'system', id: 'e2e', name: 'e2e test' } },
  );
}

/** A second web server on another port, i.e. another origin, serving one HTML page. */
export async function startHost(
  html: (origin: string) => string,
): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
