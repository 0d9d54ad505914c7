import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { enMessages } from '@/lib/i18n/dictionaries/en';
import { nbMessages } from '@/lib/i18n/dictionaries/nb';
import { addStaff, auth, locales, themedContext } from './a11y-helpers';
import { startServer, type ExtraServer } from './support/server';
import { axeOf } from './support/axe';

/**
 * Content in six languages on a store of its own: staff-written texts with translations on every public
 * surface, the fallback marked with its language, the v2 API's default, and the console in every language.
 */

const EMAIL = 'languages@example.com';
const PASSWORD = 'a long enough e2e password';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const INCIDENT = {
  en: { name: 'Sign-in delays for some customers', body: 'Some customers wait a long time at sign-in.' },
  nb: { name: 'Treg innlogging for noen kunder', body: 'Noen kunder venter lenge ved innlogging.' },
  de: {
    name: 'Verzögerte Anmeldung bei einigen Kunden',
    body: 'Einige Kunden warten lange bei der Anmeldung.',
  },
};
const MAINTENANCE = { en: 'Database upgrade', nb: 'Oppgradering av databasen', de: 'Datenbank-Upgrade' };

/** Like a11y.spec.ts: checks of rendering alone run once, on the file store (E2E_POSTGRES_ALL=1 runs them too). */
const renderingOnly = process.env.E2E_STORE === 'postgres' && !process.env.E2E_POSTGRES_ALL;

let server: ExtraServer;
let incidentId = '';

test.beforeAll(async ({ request }) => {
  server = await startServer({ portOffset: 61 });
  addStaff(server.storeEnv, EMAIL, PASSWORD);
  const posted = await request.post(`${server.baseURL}/api/v1/incidents`, {
    headers: auth,
    data: {
      ...INCIDENT.en,
      status: 'investigating',
      impact: 'major',
      components: [{ id: 'web-client', status: 'degraded_performance' }],
      translations: { nb: INCIDENT.nb, de: INCIDENT.de },
    },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  incidentId = ((await posted.json()) as { incident: { id: string } }).incident.id;
  // The seed has the web client in every language; without Swedish it falls back to English there.
  const patched = await request.patch(`${server.baseURL}/api/v1/components/web-client`, {
    headers: auth,
    data: { translations: { sv: { name: null } } },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  const start = new Date(Date.now() + 3 * 86_400_000);
  const maintenance = await request.post(`${server.baseURL}/api/v1/maintenances`, {
    headers: auth,
    data: {
      name: MAINTENANCE.en,
      scheduledFor: start.toISOString(),
      scheduledUntil: new Date(start.getTime() + 3_600_000).toISOString(),
      translations: { nb: { name: MAINTENANCE.nb }, de: { name: MAINTENANCE.de } },
    },
  });
  expect(maintenance.status(), await maintenance.text()).toBe(201);
});

test.afterAll(() => server.stop());

/** Signs in through the English form, whatever language the last page left in the cookie. */
async function signIn(page: Page): Promise<void> {
  await page.goto('/admin/sign-in?lang=en');
  await page.getByLabel('Email address').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

/** The languages a text is read in: the `lang` of the nearest element that has one, for every place it shows. */
async function langOf(page: Page, text: string): Promise<string | null> {
  const langs = await page
    .getByText(text, { exact: true })
    .evaluateAll((elements) => [
      ...new Set(elements.map((el) => el.closest('[lang]')?.getAttribute('lang'))),
    ]);
  expect(langs.length, text).toBeGreaterThan(0);
  return langs.length === 1 ? (langs[0] ?? null) : langs.join(',');
}

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(`${server.baseURL}${path}`);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test('an incident with Norwegian and German translations reads in the viewer’s language everywhere', async ({
  request,
}) => {
  for (const lang of ['nb', 'de'] as const) {
    const { name, body } = INCIDENT[lang];
    const component = lang === 'nb' ? 'Webklient' : 'Web-Client';
    for (const path of ['/', `/incidents/${incidentId}`]) {
      const html = await text(request, `${path}?lang=${lang}`);
      expect(html, path).toContain(name);
      expect(html, path).toContain(body);
      expect(html, path).toContain(component);
      expect(html, path).not.toContain(INCIDENT.en.name);
    }
    expect(await text(request, `/embed?lang=${lang}`)).toContain(name);
    expect(await text(request, `/history?lang=${lang}`)).toContain(name);
    const atom = await text(request, `/history.atom?lang=${lang}`);
    expect(atom).toContain(name);
    expect(atom).toContain(component);
    const month = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 7);
    expect(await text(request, `/calendar?lang=${lang}&month=${month}`)).toContain(MAINTENANCE[lang]);
    expect(await text(request, `/api/v1/calendar.ics?lang=${lang}`)).toContain(MAINTENANCE[lang]);
    const from = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(await text(request, `/api/v1/calendar?from=${from}&to=${to}&lang=${lang}`)).toContain(
      MAINTENANCE[lang],
    );
  }
});

test('untranslated text falls back to English and says so with lang="en"', async ({ browser, request }) => {
  const context = await themedContext(browser, server.baseURL, { colorScheme: 'light', cookie: null });
  const page = await context.newPage();
  await page.goto('/?lang=sv');
  expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  expect(await langOf(page, INCIDENT.en.name)).toBe('en');
  expect(await langOf(page, 'Web client')).toBe('en');
  expect(await langOf(page, 'Mobilappar')).toBe('sv');
  await page.goto(`/incidents/${incidentId}?lang=sv`);
  expect(await langOf(page, INCIDENT.en.name)).toBe('en');
  expect(await langOf(page, INCIDENT.en.body)).toBe('en');
  await page.goto('/embed?lang=sv');
  expect(await langOf(page, INCIDENT.en.name)).toBe('en');
  const start = new Date(Date.now() + 3 * 86_400_000);
  await page.goto(`/calendar?lang=sv&month=${start.toISOString().slice(0, 7)}`);
  expect(await langOf(page, MAINTENANCE.en)).toBe('en');
  const [from, to] = [start, new Date(start.getTime() + 2 * 86_400_000)].map((d) =>
    d.toISOString().slice(0, 10),
  );
  const json = (await (
    await request.get(`${server.baseURL}/api/v1/calendar?from=${from}&to=${to}&lang=sv`)
  ).json()) as { windows: { title: string; titleLang?: string }[] };
  expect(json.windows.find((w) => w.title === MAINTENANCE.en)?.titleLang).toBe('en');
  await context.close();
});

test('the Statuspage API stays in the default language unless ?lang= asks', async ({ request }) => {
  const names = async (query: string) => {
    const summary = (await (await request.get(`${server.baseURL}/api/v2/summary.json${query}`)).json()) as {
      incidents: { name: string }[];
      components: { id: string; name: string }[];
    };
    return [summary.incidents[0]?.name, summary.components.find((c) => c.id === 'web-client')?.name];
  };
  expect(await names('')).toEqual([INCIDENT.en.name, 'Web client']);
  expect(await names('?lang=nb')).toEqual([INCIDENT.nb.name, 'Webklient']);
  expect(await names('?lang=xx')).toEqual([INCIDENT.en.name, 'Web client']);
  const withHeader = await request.get(`${server.baseURL}/api/v2/summary.json`, {
    headers: { 'Accept-Language': 'de' },
  });
  expect(await withHeader.text()).toContain(INCIDENT.en.name);
});

test('bad translations are refused with 400 invalid_request naming the field', async ({ request }) => {
  const incident = { name: 'X', status: 'investigating', impact: 'minor', body: 'Y' };
  const cases: [string, string, string, unknown, string][] = [
    [
      'unknown language',
      'POST',
      '/api/v1/incidents',
      { ...incident, translations: { fr: { name: 'Z' } } },
      'translations.fr',
    ],
    [
      'default language',
      'POST',
      '/api/v1/incidents',
      { ...incident, translations: { en: { name: 'Z' } } },
      'translations.en',
    ],
    [
      'empty name',
      'POST',
      '/api/v1/incidents',
      { ...incident, translations: { nb: { name: ' ' } } },
      'translations.nb.name',
    ],
    [
      'body over its limit',
      'POST',
      '/api/v1/incidents',
      { ...incident, translations: { de: { body: 'x'.repeat(20_001) } } },
      'translations.de.body',
    ],
    [
      'empty update body',
      'POST',
      `/api/v1/incidents/${incidentId}/updates`,
      { status: 'identified', body: 'Found.', translations: { sv: { body: '' } } },
      'translations.sv.body',
    ],
    [
      'maintenance name over 300',
      'POST',
      '/api/v1/maintenances',
      {
        name: 'M',
        scheduledFor: '2030-01-01T00:00:00Z',
        scheduledUntil: '2030-01-01T01:00:00Z',
        translations: { nl: { name: 'x'.repeat(301) } },
      },
      'translations.nl.name',
    ],
    [
      'component in the default language',
      'PATCH',
      '/api/v1/components/api',
      { translations: { en: { name: 'API' } } },
      'translations.en',
    ],
    ['group with a status', 'PATCH', '/api/v1/components/integrations', { status: 'major_outage' }, 'status'],
    [
      'page description empty',
      'PATCH',
      '/api/v1/page',
      { translations: { da: { description: '' } } },
      'translations.da.description',
    ],
    [
      'template in an unknown language',
      'POST',
      '/api/v1/templates',
      { ...incident, translations: { xx: { body: 'Z' } } },
      'translations.xx',
    ],
  ];
  for (const [what, method, path, data, field] of cases) {
    const response = await request.fetch(`${server.baseURL}${path}`, { method, headers: auth, data });
    expect(response.status(), what).toBe(400);
    const json = (await response.json()) as { error: { code: string; details: { field: string }[] } };
    expect(json.error.code, what).toBe('invalid_request');
    expect(
      json.error.details.map((d) => d.field),
      what,
    ).toContain(field);
  }
});

test('templates: seeded in six languages, staff-only CRUD, every write in the audit log', async ({
  request,
}) => {
  const base = `${server.baseURL}/api/v1/templates`;
  expect((await request.get(base)).status()).toBe(401);
  const seeded = (await (await request.get(base, { headers: auth })).json()) as {
    templates: { id: string; translations: Record<string, unknown> }[];
  };
  expect(seeded.templates.map((t) => t.id)).toEqual([
    'login-problems',
    'slow-web-client',
    'email-campaigns-delayed',
    'emergency-security-patch',
  ]);
  for (const t of seeded.templates)
    expect(Object.keys(t.translations).sort()).toEqual(['da', 'de', 'nb', 'nl', 'sv']);
  const created = await request.post(base, {
    headers: auth,
    data: {
      name: 'Document storage slow',
      status: 'investigating',
      impact: 'minor',
      body: 'Opening documents takes longer than normal.',
      components: [{ id: 'document-storage', status: 'degraded_performance' }],
      translations: { nb: { name: 'Treg dokumentlagring' } },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { template } = (await created.json()) as { template: { id: string } };
  const patched = await request.patch(`${base}/${template.id}`, { headers: auth, data: { impact: 'major' } });
  expect(patched.status()).toBe(200);
  expect(((await patched.json()) as { template: { impact: string } }).template.impact).toBe('major');
  expect((await request.delete(`${base}/${template.id}`)).status()).toBe(401);
  expect((await request.delete(`${base}/${template.id}`, { headers: auth })).status()).toBe(200);
  expect((await request.get(`${base}/${template.id}`, { headers: auth })).status()).toBe(404);
  const audit = (await (await request.get(`${server.baseURL}/api/v1/audit`, { headers: auth })).json()) as {
    entries: { action: string; target: string }[];
  };
  const actions = audit.entries.filter((e) => e.target === `template:${template.id}`).map((e) => e.action);
  expect(actions.sort()).toEqual(['template.create', 'template.delete', 'template.update']);
});

/** Every console page, with the open incident's own page. */
const consolePages = () => [
  '/admin',
  '/admin/incidents',
  '/admin/incidents/new',
  `/admin/incidents/${incidentId}`,
  '/admin/templates',
  '/admin/components',
  '/admin/maintenances',
  '/admin/maintenances/new',
  '/admin/schedule',
  '/admin/audit',
  '/admin/staff',
  '/admin/tokens',
];

async function axe(page: Page, rules?: string[]): Promise<string[]> {
  // Only violations are collected: passes would cost most of the time on these form-heavy pages.
  const builder = axeOf(page).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(TAGS)).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

test('axe finds nothing on any console page in six languages, light and dark', async ({ browser }) => {
  test.skip(renderingOnly, 'rendering only: checked on the file store');
  test.setTimeout(600_000);
  // One context, signed in once; two tabs share the languages, as axe keeps one core busy per tab.
  const context = await themedContext(browser, server.baseURL, { colorScheme: 'light', cookie: null });
  const first = await context.newPage();
  await signIn(first);
  const report: Record<string, string[]> = {};
  const check = async (page: Page, lang: (typeof locales)[number]) => {
    for (const path of consolePages()) {
      await page.emulateMedia({ colorScheme: 'light' });
      // ?lang= decides the page's language before any cookie, so the tabs never mix languages.
      const response = await page.goto(`${path}?lang=${lang}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('html').getAttribute('lang'), path).toBe(lang);
      const light = await axe(page);
      if (light.length > 0) report[`${path} ${lang} light`] = light;
      // The dark palette changes colours only: contrast is what can differ.
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axe(page, ['color-contrast']);
      if (dark.length > 0) report[`${path} ${lang} dark`] = dark;
    }
  };
  const tabs = [first, await context.newPage()];
  await Promise.all(
    tabs.map(async (page, tab) => {
      for (const lang of locales.filter((_, i) => i % tabs.length === tab)) await check(page, lang);
    }),
  );
  await context.close();
  expect(report).toEqual({});
});

/** English sentences of our own (two words or more, not also Norwegian), split at their placeholders. */
function englishFragments(): string[] {
  const leaves = (node: unknown): string[] =>
    typeof node === 'string' ? [node] : Object.values(node as object).flatMap(leaves);
  const norwegian = leaves(nbMessages).join('\n');
  const fragments = leaves(enMessages)
    .flatMap((message) => message.split(/\{[^}]*\}/))
    .map((fragment) => fragment.trim().replace(/^[\s·:,.–(]+|[\s·:,.–)]+$/g, ''))
    .filter((fragment) => /\p{L}+ \p{L}+/u.test(fragment) && fragment.length >= 8);
  return [...new Set(fragments)].filter((fragment) => !norwegian.includes(fragment));
}

test('no English of our own is left on any public or console page in Norwegian', async ({ browser }) => {
  test.skip(renderingOnly, 'rendering only: checked on the file store');
  test.setTimeout(180_000);
  const english = englishFragments();
  expect(english.length).toBeGreaterThan(300);
  const context = await themedContext(browser, server.baseURL, { colorScheme: 'light', cookie: null });
  const page = await context.newPage();
  const publicPages = ['/', '/history', `/incidents/${incidentId}`, '/calendar', '/embed', '/admin/sign-in'];
  const found: Record<string, string[]> = {};
  const check = async (path: string) => {
    await page.goto(`${path}?lang=nb`, { waitUntil: 'networkidle' });
    const visible = await page.locator('body').innerText();
    const left = english.filter((fragment) => visible.includes(fragment));
    if (left.length > 0) found[path] = left;
  };
  for (const path of publicPages) await check(path);
  await signIn(page);
  for (const path of consolePages()) await check(path);
  await context.close();
  expect(found).toEqual({});
});

test('the incident form shows one tab per language, marks the missing ones and posts without them', async ({
  browser,
}, testInfo) => {
  test.skip(renderingOnly, 'rendering only: checked on the file store');
  const context = await themedContext(browser, server.baseURL, { colorScheme: 'light', cookie: null });
  const page = await context.newPage();
  await signIn(page);
  // Norwegian, started from a template: every language is written.
  await page.goto('/admin/incidents/new?lang=nb&template=login-problems');
  await expect(page.getByRole('tab')).toHaveCount(6);
  await expect(page.locator('[role="tab"][data-missing]')).toHaveCount(0);
  await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Problems signing in to CRM Online');
  await page.screenshot({ path: testInfo.outputPath('incident-form-nb.png'), fullPage: true });
  // German, blank: five translations missing, the German tab open; posting still works.
  await page.goto('/admin/incidents/new?lang=de');
  await page.getByLabel('Name', { exact: true }).fill('Verzögerungen im Web-Client');
  await page.getByLabel('Meldung', { exact: true }).fill('We are looking into slow pages.');
  await page.getByRole('tab', { name: /Deutsch/ }).click();
  await page.getByLabel('Name (Deutsch)').fill('Web-Client langsam');
  await expect(page.locator('[role="tab"][data-missing]')).toHaveCount(5);
  await page.screenshot({ path: testInfo.outputPath('incident-form-de.png'), fullPage: true });
  await page.getByRole('button', { name: 'Störung veröffentlichen' }).click();
  await expect(page).toHaveURL(/\/admin\/incidents\/[a-z0-9]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verzögerungen im Web-Client');
  await context.close();
});
