import { expect, test } from '@playwright/test';
import { seedDocument } from '../lib/store/seed';
import { E2E_API_TOKEN } from '../playwright.config';
import { startServer, type ExtraServer } from './support/server';

const seeded = seedDocument();

test.describe('home page', () => {
  // A store of its own: other specs post incidents on the shared one.
  let server: ExtraServer;
  test.beforeAll(async () => {
    server = await startServer({ portOffset: 11 });
  });
  test.afterAll(() => server.stop());
  test('shows every seeded component with its status in words, and no console errors', async ({
    page,
  }, testInfo) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(server.baseURL + '/?lang=en');
    await expect(page).toHaveTitle(seeded.page.name);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All systems operational');
    for (const group of seeded.groups) {
      await expect(page.getByRole('heading', { name: group.name, level: 3 })).toBeVisible();
    }
    for (const component of seeded.components) {
      const row = page.locator(`[data-component="${component.id}"]`);
      await expect(row.getByText(component.name, { exact: true })).toBeVisible();
      await expect(row.locator('p[data-status]')).toHaveText('Operational');
    }
    await expect(page.getByText('No incidents reported')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Upcoming maintenance' })).toBeVisible();

    await page.screenshot({ path: testInfo.outputPath('home-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('home-320.png'), fullPage: true });
    await testInfo.attach('home-320', {
      path: testInfo.outputPath('home-320.png'),
      contentType: 'image/png',
    });
    expect(errors).toEqual([]);
  });

  test('answers hot reads from the response cache with a strong ETag and 304', async ({ request }) => {
    // With the language already remembered, the page is the shared public variant.
    const headers = { cookie: 'lang=en' };
    const first = await request.get(server.baseURL + '/?lang=en', { headers });
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers()['cache-control']).toContain('public');
    const again = await request.get(server.baseURL + '/?lang=en', {
      headers: { ...headers, 'If-None-Match': etag ?? '' },
    });
    expect(again.status()).toBe(304);
    expect(again.headers()['x-cache']).toBe('hit');
  });

  test('lists the next recurring windows in the viewer zone, without the nightly recycle', async ({
    page,
  }) => {
    await page.goto(server.baseURL + '/?lang=en&tz=America/New_York');
    const section = page.locator('section[aria-labelledby="maintenance-title"]');
    await expect(section.locator('li').first()).toBeVisible();
    await expect(section).toContainText('UTC-05:00');
    // A policy window says what it is, not how long ago the policy was published.
    const first = section.locator('li').first();
    await expect(first.locator('[data-schedule-note]')).toContainText(
      /^Every (second|third) \w+day, part of the published maintenance schedule$|^Every Saturday/,
    );
    await expect(first).not.toContainText(/announced/);
    await expect(section).not.toContainText('Nightly server recycle');
  });

  test('a one-off maintenance keeps its notice, and windows in the viewer’s working hours are flagged', async ({
    page,
    request,
  }) => {
    const start = new Date(Date.now() + 3 * 86_400_000 + 3_600_000);
    start.setUTCHours(10, 0, 0, 0);
    const posted = await request.post(`${server.baseURL}/api/v1/maintenances`, {
      headers: { Authorization: `Bearer ${E2E_API_TOKEN}` },
      data: {
        name: 'Storage move',
        scheduledFor: start.toISOString(),
        scheduledUntil: new Date(start.getTime() + 3_600_000).toISOString(),
      },
    });
    expect(posted.status(), await posted.text()).toBe(201);
    const id = ((await posted.json()) as { maintenance: { id: string } }).maintenance.id;
    const url = `${server.baseURL}/?lang=en&tz=Europe/Oslo`;
    // Working hours 1-7 08:00–17:00: a window at 11:00 or 12:00 Oslo time on any day is inside them.
    await page
      .context()
      .addCookies([{ name: 'hours', value: encodeURIComponent('1-7;08:00-17:00'), url: server.baseURL }]);
    await page.goto(url);
    const item = page.locator(`li[data-window="maintenance:${id}"]`);
    await expect(item.locator('[data-schedule-note]')).toHaveText(/^announced \d+ days ahead$/);
    await expect(item.locator('[data-overlap-label]')).toBeVisible();
    // Working hours that never meet it: no flag (the cookie is part of the cached page's key).
    await page
      .context()
      .addCookies([{ name: 'hours', value: encodeURIComponent('1-7;20:00-21:00'), url: server.baseURL }]);
    await page.goto(url);
    await expect(item.locator('[data-overlap-label]')).toHaveCount(0);
  });

  test('/favicon.ico answers with an icon', async ({ request }) => {
    const response = await request.get(`${server.baseURL}/favicon.ico`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/x-icon');
    expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });

  test('is written in Norwegian for ?lang=nb and sets <html lang>', async ({ page }) => {
    await page.goto(server.baseURL + '/?lang=nb');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle systemer fungerer');
  });
});
