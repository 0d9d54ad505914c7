import { expect, test } from '@playwright/test';
import { startServer, type ExtraServer } from './support/server';
import {
  auth,
  horizontalOverflow,
  locales,
  openIncident,
  overflowingElements,
  resolveIncident,
  themedContext,
} from './a11y-helpers';

/**
 * Screenshots of every public page at 320 px and 1280 px in both themes, saved as test artifacts for a person
 * to look at, and the one thing a machine can judge about them: nothing sticks out sideways on a small phone,
 * in any of the six languages (German and Danish compounds are the long ones).
 */

let server: ExtraServer;
let incidentId: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  server = await startServer({ portOffset: 22 });
  incidentId = await openIncident(
    request,
    server.baseURL,
    'Web client slow to load for customers in the Nordic data centre',
  );
  const start = Date.now() + 3 * 86_400_000;
  const maintenance = await request.post(`${server.baseURL}/api/v1/maintenances`, {
    headers: auth,
    data: {
      name: 'Database cluster upgrade',
      body: 'We upgrade the database cluster; expect two short interruptions.',
      scheduledFor: new Date(start).toISOString(),
      scheduledUntil: new Date(start + 2 * 3_600_000).toISOString(),
      components: ['web-client'],
    },
  });
  expect(maintenance.status(), await maintenance.text()).toBe(201);
});

test.afterAll(async ({ request }) => {
  await resolveIncident(request, server.baseURL, incidentId).catch(() => undefined);
  server.stop();
});

const pages = () => [
  { name: 'home', path: '/' },
  { name: 'history', path: '/history' },
  { name: 'incident', path: `/incidents/${incidentId}` },
  { name: 'calendar', path: '/calendar' },
  { name: 'embed', path: '/embed' },
  { name: 'not-found', path: '/no-such-page' },
];

test('every public page at 320 and 1280 px in light and dark, saved for review, with no sideways scroll', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const overflow: Record<string, string[]> = {};
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      const context = await themedContext(
        browser,
        server.baseURL,
        { colorScheme: scheme, cookie: null },
        { width, height: 800 },
      );
      const page = await context.newPage();
      for (const { name, path } of pages()) {
        await page.goto(`${path}?lang=en`, { waitUntil: 'networkidle' });
        await page.screenshot({
          path: testInfo.outputPath(`${name}-${width}-${scheme}.png`),
          fullPage: true,
        });
        if ((await horizontalOverflow(page)) > 0)
          overflow[`${name} ${width} ${scheme}`] = await overflowingElements(page);
      }
      if (width === 320) {
        await page.goto('/?lang=de');
        await page.locator('header details summary').click();
        const menu = await page.locator('header details > div').boundingBox();
        expect(
          menu && menu.x >= 0 && menu.x + menu.width <= 320,
          `language menu at ${JSON.stringify(menu)}`,
        ).toBe(true);
        await page.screenshot({ path: testInfo.outputPath(`home-language-menu-320-${scheme}.png`) });
        if ((await horizontalOverflow(page)) > 0)
          overflow[`language menu ${scheme}`] = await overflowingElements(page);
      }
      await context.close();
    }
  }
  expect(overflow).toEqual({});
});

test('no page scrolls sideways at 320 px in any language', async ({ browser }, testInfo) => {
  const context = await themedContext(
    browser,
    server.baseURL,
    { colorScheme: 'light', cookie: null },
    { width: 320, height: 640 },
  );
  const page = await context.newPage();
  const overflow: Record<string, string[]> = {};
  for (const locale of locales) {
    for (const { name, path } of pages()) {
      await page.goto(`${path}?lang=${locale}`);
      if ((await horizontalOverflow(page)) > 0)
        overflow[`${name} ${locale}`] = await overflowingElements(page);
    }
    await page.goto(`/calendar?lang=${locale}&view=list`);
    if ((await horizontalOverflow(page)) > 0)
      overflow[`calendar list ${locale}`] = await overflowingElements(page);
  }
  await page.goto('/?lang=da');
  await page.screenshot({ path: testInfo.outputPath('home-320-da.png'), fullPage: true });
  await page.goto('/calendar?lang=de');
  await page.screenshot({ path: testInfo.outputPath('calendar-320-de.png'), fullPage: true });
  expect(overflow).toEqual({});
  await context.close();
});

test('the language menu opens inside the viewport at any width, and closes on Escape or a click outside', async ({
  browser,
}) => {
  for (const width of [320, 420, 560, 800, 1280]) {
    const context = await themedContext(
      browser,
      server.baseURL,
      { colorScheme: 'light', cookie: null },
      { width, height: 700 },
    );
    const page = await context.newPage();
    await page.goto('/history?lang=nl');
    const summary = page.locator('header details summary');
    await summary.click();
    const menu = page.locator('header details > div');
    await expect(menu.getByRole('link', { name: 'Deutsch' })).toBeVisible();
    const box = await menu.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width, `at ${width} px: ${JSON.stringify(box)}`).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(summary).toBeFocused();
    await summary.click();
    await page.mouse.click(width - 4, 690);
    await expect(menu).toBeHidden();
    await context.close();
  }
});

test('prints on white with the light palette even in the dark theme, without the site chrome', async ({
  browser,
}, testInfo) => {
  const context = await themedContext(
    browser,
    server.baseURL,
    { colorScheme: 'dark', cookie: 'dark' },
    { width: 800, height: 1100 },
  );
  const page = await context.newPage();
  for (const path of ['/?lang=en', `/incidents/${incidentId}?lang=en`]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).toBe(
      'rgb(255, 255, 255)',
    );
    expect(await page.evaluate(() => getComputedStyle(document.body).color), path).toBe('rgb(20, 24, 31)');
    await expect(page.getByRole('banner'), path).toBeHidden();
    await expect(page.getByRole('contentinfo'), path).toBeHidden();
    await page.screenshot({
      path: testInfo.outputPath(`print-${path.startsWith('/incidents') ? 'incident' : 'home'}.png`),
      fullPage: true,
    });
    await page.emulateMedia({ media: 'screen' });
  }
  await context.close();
});
