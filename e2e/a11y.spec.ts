import { expect, test, type Page } from '@playwright/test';
import { startServer, type ExtraServer } from './support/server';
import {
  addStaff,
  looksDark,
  openIncident,
  resolveIncident,
  signIn,
  themeCases,
  themedContext,
} from './a11y-helpers';
import { axeOf } from './support/axe';

/**
 * WCAG 2.1 AA by axe-core on every public page and the console's sign-in and incident form, in light and dark,
 * themes chosen by the system and by the header's toggle; plus what axe cannot see: visible focus, reduced
 * motion, status in words and shapes as well as colour, the remembered theme and the status favicon.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PASSWORD = 'a long enough a11y password';
const EMAIL = 'a11y-editor@example.com';

let server: ExtraServer;
let incidentId: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  // A store of its own: an open incident here colours the pages without disturbing the shared store.
  server = await startServer({ portOffset: 21 });
  incidentId = await openIncident(request, server.baseURL, 'Web client slow to load');
  addStaff(server.storeEnv, EMAIL, PASSWORD);
});

test.afterAll(async ({ request }) => {
  await resolveIncident(request, server.baseURL, incidentId).catch(() => undefined);
  server.stop();
});

/** Axe's findings as one readable line each: rule, impact, the first nodes and what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await axeOf(page).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join(' | ')}`,
  );
}

interface PageCase {
  name: string;
  path: () => string;
  staff?: boolean;
  /** Also checked with the theme chosen by the toggle (a cookie) against the system's scheme. */
  toggle?: boolean;
  /** Something to do before the check, e.g. open a menu or provoke form errors. */
  prepare?: (page: Page) => Promise<void>;
}

const pages: PageCase[] = [
  {
    // With the language menu and a day list open, so their contents are checked too.
    name: 'home',
    path: () => '/?lang=de',
    toggle: true,
    prepare: async (page) => {
      await page.locator('header details summary').click();
      await page.locator('[data-uptime] details summary').first().click();
    },
  },
  { name: 'history', path: () => '/history?lang=en' },
  { name: 'incident', path: () => `/incidents/${incidentId}?lang=en`, toggle: true },
  { name: 'embed', path: () => '/embed?lang=en', toggle: true },
  { name: 'calendar', path: () => '/calendar?lang=en', toggle: true },
  { name: 'calendar, list view in Norwegian', path: () => '/calendar?view=list&lang=nb' },
  { name: 'not found', path: () => '/no-such-page' },
  { name: 'console sign-in', path: () => '/admin/sign-in' },
  {
    name: 'console incident form, with its error messages',
    path: () => '/admin/incidents/new',
    staff: true,
    toggle: true,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Post incident' }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
    },
  },
];

test('axe finds no WCAG 2.1 AA violation on any page, in light and dark, by system and by toggle', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const report: Record<string, string[]> = {};
  for (const theme of themeCases) {
    const context = await themedContext(browser, server.baseURL, theme);
    const page = await context.newPage();
    let signedIn = false;
    for (const c of pages.filter((p) => !theme.cookie || p.toggle)) {
      if (c.staff && !signedIn) {
        await signIn(page, EMAIL, PASSWORD);
        signedIn = true;
      }
      // The embed takes its theme from the address (it sits in another site's page, whose cookie it can't see).
      const path = c.name === 'embed' && theme.cookie ? `${c.path()}&theme=${theme.cookie}` : c.path();
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBeLessThan(c.name === 'not found' ? 500 : 400);
      await c.prepare?.(page);
      if (c.name !== 'embed') expect(await looksDark(page), `${c.name} in ${theme.name}`).toBe(theme.dark);
      const found = await axeViolations(page);
      if (found.length > 0) report[`${c.name} — ${theme.name}`] = found;
    }
    await context.close();
  }
  expect(report).toEqual({});
});

test('every focusable control on the public pages shows a visible focus ring', async ({ browser }) => {
  const context = await themedContext(browser, server.baseURL, { colorScheme: 'dark', cookie: null });
  const page = await context.newPage();
  const missing: string[] = [];
  for (const path of ['/', '/history', `/incidents/${incidentId}`, '/calendar']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const shadow = style.boxShadow !== 'none';
        const name = `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
        return { name, visible: ring || shadow, matches: el.matches(':focus-visible') };
      });
      if (!focus) continue;
      if (seen.has(focus.name)) break;
      seen.add(focus.name);
      if (!focus.visible || !focus.matches) missing.push(`${path}: ${focus.name}`);
    }
    expect(seen.size, `tab stops on ${path}`).toBeGreaterThan(5);
  }
  expect(missing).toEqual([]);
  await context.close();
});

test('reduced motion switches off transitions and animations; status is told by icon and words, not colour alone', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server.baseURL, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/?lang=en');
  const durations = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.transition = 'opacity 2s';
    probe.style.animation = 'none 3s infinite';
    document.body.append(probe);
    const style = getComputedStyle(probe);
    return [style.transitionDuration, style.animationDuration, style.animationIterationCount];
  });
  expect(durations).toEqual(['1e-05s', '1e-05s', '1']);

  // The banner, each component and the open incident: an icon of their own shape and the status in words.
  const banner = page.locator('[data-indicator]');
  await expect(banner.locator('svg')).toHaveCount(1);
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('Minor service disruption');
  const web = page.locator('[data-component="web-client"] p[data-status]');
  await expect(web).toHaveText('Degraded performance');
  await expect(web.locator('svg path')).toHaveAttribute('d', /^M6 10h8$/);
  const calm = page.locator('[data-component]:not([data-component="web-client"]) p[data-status]').first();
  await expect(calm).toHaveText('Operational');
  expect(await calm.locator('svg path').getAttribute('d')).not.toBe(
    await web.locator('svg path').getAttribute('d'),
  );
  await expect(page.locator(`[data-incident="${incidentId}"]`)).toContainText('Investigating · Minor impact');
  // The uptime strips are images with a text alternative.
  for (const strip of await page.locator('[data-uptime] [role="img"]').all()) {
    await expect(strip).toHaveAttribute('aria-label', /\d.*%/);
  }
  await page.goto('/embed?lang=en');
  await expect(page.locator('#e')).toContainText('Minor service disruption');
  await context.close();
});

test('the theme toggle cycles system → light → dark, and the choice survives a reload', async ({
  browser,
}) => {
  const context = await themedContext(browser, server.baseURL, { colorScheme: 'light', cookie: null });
  const page = await context.newPage();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto('/history?lang=en');
  const lightBackground = await background();
  const toggle = page.getByRole('button', { name: /^Theme: / });
  await expect(toggle).toHaveAccessibleName('Theme: Same as my device');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: Light');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(lightBackground);
  expect((await context.cookies()).find((c) => c.name === 'theme')?.value).toBe('dark');

  for (const path of ['/history?lang=en', '/?lang=en', `/incidents/${incidentId}`]) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: /^Theme: / })).toHaveAccessibleName('Theme: Dark');
    expect(await background(), path).not.toBe(lightBackground);
  }

  await page.getByRole('button', { name: /^Theme: / }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Theme: / })).toHaveAccessibleName(
    'Theme: Same as my device',
  );
  expect(await background()).toBe(lightBackground);
  expect((await context.cookies()).find((c) => c.name === 'theme')).toBeUndefined();
  await context.close();
});

test('the favicon shows the overall status, and the page links the current one', async ({
  page,
  request,
}) => {
  const icon = async () => (await request.get(`${server.baseURL}/favicon.svg`)).text();
  const degraded = await icon();
  await page.goto(`${server.baseURL}/?lang=en`);
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  // The address names the status, so a browser that keeps favicons long still shows the change.
  expect(href).toBe('/favicon.svg?status=minor');
  expect(await (await request.get(`${server.baseURL}${href}`)).text()).toBe(degraded);

  await resolveIncident(request, server.baseURL, incidentId);
  await expect.poll(icon).not.toBe(degraded);
  const calm = await icon();
  expect(calm).toContain('M9 16.5l4.5 4.5 9.5-10');
  expect(degraded).toContain('M10 16h12');
  await page.reload();
  const calmHref = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(calmHref).toBe('/favicon.svg?status=none');
  expect(await (await request.get(`${server.baseURL}${calmHref}`)).text()).toBe(calm);
  incidentId = await openIncident(request, server.baseURL, 'Web client slow to load, again');
});
