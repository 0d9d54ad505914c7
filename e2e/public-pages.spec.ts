import { expect, test } from '@playwright/test';
import { postIncident, postUpdate, startHost } from './public-helpers';

test.describe.configure({ mode: 'serial' });

test('an incident page shows the whole timeline and picks up a new update without a reload', async ({
  page,
  request,
}) => {
  const incident = await postIncident(request, `Email campaigns delayed ${Date.now()}`, {
    impact: 'minor',
    component: 'email-campaigns',
    componentStatus: 'degraded_performance',
    body: 'Mailings are **queued** and go out late.',
  });
  await page.goto(`/incidents/${incident.id}?lang=en&tz=Europe/Oslo`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.name);
  await expect(page.getByRole('heading', { name: 'Updates' })).toBeVisible();
  await expect(page.locator('[data-update]')).toHaveCount(1);
  await expect(page.locator('[data-update] strong', { hasText: 'queued' })).toBeVisible();
  await expect(page.locator('[data-update]').first()).toContainText('Email campaigns: Degraded performance');
  await expect(page.getByText(/^Updated (just now|\d+ seconds? ago)$/)).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { marker: string }).marker = 'same document';
  });

  await postUpdate(request, incident.id, 'identified', 'The cause is a full mail queue.', [
    { id: 'email-campaigns', status: 'partial_outage' },
  ]);
  // The leaf checks every 30 s, on focus and on reconnect; a focus makes the test quick (checks closer than 2 s are merged).
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(page.locator('[data-update]')).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ intervals: [1_000], timeout: 12_000 });
  await expect(page.locator('[data-update]').first()).toContainText('Identified');
  await expect(page.locator('[data-update]').first()).toContainText('The cause is a full mail queue.');
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same document');
});

test('the live line says it is reconnecting when checks fail, and keeps what it shows', async ({
  page,
  request,
}) => {
  const incident = await postIncident(request, `Calendar sync stalls ${Date.now()}`, {
    component: 'calendar-sync',
  });
  await page.goto(`/incidents/${incident.id}?lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.name);
  await page.route('**/api/v2/**', (route) => route.abort('internetdisconnected'));
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.getByText('Reconnecting…')).toBeVisible({ timeout: 1_000 });
  }).toPass({ intervals: [1_000], timeout: 12_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.name);
});

test('the live leaf refreshes by itself about every 30 seconds', async ({ page, request }) => {
  const incident = await postIncident(request, `Document storage slow ${Date.now()}`, {
    component: 'document-storage',
    componentStatus: 'degraded_performance',
  });
  await page.clock.install();
  await page.goto(`/incidents/${incident.id}?lang=en`);
  await expect(page.locator('[data-update]')).toHaveCount(1);
  await postUpdate(request, incident.id, 'monitoring', 'A fix is out; we are watching.');
  await page.clock.runFor(31_000);
  await expect(page.locator('[data-update]')).toHaveCount(2, { timeout: 10_000 });
});

test('an unknown incident is a 404 page', async ({ page }) => {
  const response = await page.goto('/incidents/no-such-incident');
  expect(response?.status()).toBe(404);
});

test('history lists incidents by month with links to their pages, in the viewer language', async ({
  page,
  request,
}) => {
  const incident = await postIncident(request, `Mobile app sign-in fails ${Date.now()}`, {
    component: 'mobile-apps',
  });
  await page.goto('/history?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incident history');
  const month = page.locator('section[data-month]').first();
  await expect(month.getByRole('heading', { level: 2 })).toBeVisible();
  await month.getByRole('link', { name: incident.name }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${incident.id}$`));
  await page.goto('/history?lang=de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Störungsverlauf');
  await expect(page.getByRole('navigation', { name: 'Seiten' })).toContainText('Seite 1 von');
});

test('data answers allow nothing to load or run, and are never framed', async ({ request }) => {
  // Answered from the front's memory after the first request; the other two always by the framework.
  const cached = [
    '/api/v2/status.json',
    '/api/v1/calendar.ics',
    '/badge.svg',
    '/favicon.svg',
    '/history.atom',
  ];
  for (const path of [...cached, '/api/no-such-route', '/favicon.ico']) {
    for (const pass of ['first', 'cached']) {
      const headers = (await request.get(path)).headers();
      const label = `${path} (${pass})`;
      expect(headers['content-security-policy'], label).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(headers['x-frame-options'], label).toBe('DENY');
      expect(headers['x-content-type-options'], label).toBe('nosniff');
      expect(headers['permissions-policy'], label).toBeUndefined();
      if (cached.includes(path)) expect(headers['vary'], label).not.toMatch(/rsc|next-router/i);
    }
  }
  // Pages keep the page policy, and only they vary by the framework's navigation headers.
  const home = (await request.get('/')).headers();
  expect(home['content-security-policy']).toContain("script-src 'self'");
  expect(home['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  expect(home['vary']).toMatch(/^rsc, /);
});

test('the home page and the console refuse to be framed; only the embed may be', async ({
  page,
  request,
  baseURL,
}) => {
  for (const path of ['/', '/history', '/admin']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  const host = await startHost(
    () =>
      `<!doctype html><title>Framer</title><iframe id="home" src="${baseURL}/"></iframe><iframe id="admin" src="${baseURL}/admin"></iframe>`,
  );
  try {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Refused to (display|frame)|frame-ancestors|X-Frame-Options/i.test(m.text()))
        refused.push(m.text());
    });
    await page.goto(host.origin);
    await expect.poll(() => refused.length).toBeGreaterThanOrEqual(2);
    for (const frame of page.frames().slice(1)) {
      expect(frame.url()).not.toContain(baseURL ?? '');
      expect(
        await frame
          .getByText('SuperOffice CRM Online')
          .count()
          .catch(() => 0),
      ).toBe(0);
    }
  } finally {
    await new Promise((resolve) => host.server.close(resolve));
  }
});
