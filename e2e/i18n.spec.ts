import { expect, test } from '@playwright/test';
import { locales, openIncident, resolveIncident, type Locale } from './a11y-helpers';

/**
 * Every public page speaks each of the six languages (one phrase per language per page, chosen so no two
 * languages share it) and says so in <html lang>; the language is negotiated path/?lang= → cookie →
 * Accept-Language → English on the running server, through the response cache as well as Next, and sticks.
 */

let incidentId: string;

test.beforeAll(async ({ request, baseURL }) => {
  incidentId = await openIncident(request, baseURL ?? '', `Language check ${Date.now()}`, 'mobile-apps');
});

test.afterAll(async ({ request, baseURL }) => {
  await resolveIncident(request, baseURL ?? '', incidentId, 'mobile-apps');
});

type Phrases = Record<Locale, string>;

const phrases: { page: string; path: () => string; text: Phrases; title?: Phrases; link?: boolean }[] = [
  {
    page: 'home',
    path: () => '/',
    text: {
      en: 'Upcoming maintenance',
      nb: 'Kommende vedlikehold',
      sv: 'Kommande underhåll',
      da: 'Kommende vedligeholdelse',
      nl: 'Aankomend onderhoud',
      de: 'Anstehende Wartungen',
    },
  },
  {
    page: 'history',
    path: () => '/history',
    text: {
      en: 'Incident history',
      nb: 'Hendelseshistorikk',
      sv: 'Incidenthistorik',
      da: 'Hændelseshistorik',
      nl: 'Incidentgeschiedenis',
      de: 'Störungsverlauf',
    },
  },
  {
    page: 'incident',
    path: () => `/incidents/${incidentId}`,
    link: true,
    text: {
      en: 'Back to status',
      nb: 'Tilbake til status',
      sv: 'Tillbaka till status',
      da: 'Tilbage til status',
      nl: 'Terug naar status',
      de: 'Zurück zum Status',
    },
  },
  {
    page: 'calendar',
    path: () => '/calendar',
    text: {
      en: 'Maintenance calendar',
      nb: 'Vedlikeholdskalender',
      sv: 'Underhållskalender',
      da: 'Vedligeholdelseskalender',
      nl: 'Onderhoudskalender',
      de: 'Wartungskalender',
    },
  },
  {
    // The embed's line is the status or an incident (shared by Norwegian and Danish); its link and title are its own.
    page: 'embed',
    path: () => '/embed',
    text: {
      en: 'View status page',
      nb: 'Se statussiden',
      sv: 'Visa statussidan',
      da: 'Se statussiden',
      nl: 'Statuspagina bekijken',
      de: 'Statusseite öffnen',
    },
    title: {
      en: 'SuperOffice CRM Online status',
      nb: 'Driftsstatus for SuperOffice CRM Online',
      sv: 'Driftstatus för SuperOffice CRM Online',
      da: 'Driftstatus for SuperOffice CRM Online',
      nl: 'Status van SuperOffice CRM Online',
      de: 'Status von SuperOffice CRM Online',
    },
  },
];

/** The incident's status word, which the page takes from the dictionaries while the name stays as staff wrote it. */
const investigating: Phrases = {
  en: 'Investigating',
  nb: 'Undersøkes',
  sv: 'Undersöks',
  da: 'Undersøges',
  nl: 'Wordt onderzocht',
  de: 'Wird untersucht',
};

test('every public page shows its own words in each of the six languages and sets <html lang>', async ({
  page,
}) => {
  const wrong: string[] = [];
  for (const { page: name, path, text, title, link } of phrases) {
    const find = (phrase: string) =>
      link ? page.getByRole('link', { name: phrase, exact: true }) : page.getByText(phrase, { exact: true });
    for (const locale of locales) {
      const url = `${path()}?lang=${locale}`;
      await page.goto(url);
      const lang = await page.locator('html').getAttribute('lang');
      if (lang !== locale) wrong.push(`${url}: <html lang="${lang}">`);
      if ((await find(text[locale]).count()) === 0) wrong.push(`${url}: no “${text[locale]}”`);
      // A phrase of another language on the page means a half-translated page.
      for (const other of locales) {
        if (text[other] !== text[locale] && (await find(text[other]).count()) > 0) {
          wrong.push(`${url}: also “${text[other]}” (${other})`);
        }
      }
      if (title && (await page.title()) !== title[locale])
        wrong.push(`${url}: title “${await page.title()}”`);
      if (
        name === 'incident' &&
        (await page.getByText(investigating[locale], { exact: true }).count()) === 0
      ) {
        wrong.push(`${url}: no “${investigating[locale]}”`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test('a path prefix serves the page in that language: /nb/history, /de/calendar, /sv/', async ({ page }) => {
  for (const [path, locale, phrase] of [
    ['/nb/history', 'nb', 'Hendelseshistorikk'],
    ['/de/calendar', 'de', 'Wartungskalender'],
    ['/sv', 'sv', 'Kommande underhåll'],
    [`/da/incidents/${incidentId}`, 'da', 'Undersøges'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
    await expect(page.getByText(phrase, { exact: true }), path).toBeVisible();
  }
});

interface NegotiationCase {
  name: string;
  path: string;
  cookie?: Locale | 'xx';
  acceptLanguage?: string;
  expected: Locale;
}

const order: Omit<NegotiationCase, 'path'>[] = [
  { name: 'nothing → the default', expected: 'en' },
  {
    name: 'an unsupported Accept-Language → the default',
    acceptLanguage: 'fr-FR,fr;q=0.9,ja;q=0.8',
    expected: 'en',
  },
  { name: 'Accept-Language beats the default', acceptLanguage: 'de-CH,de;q=0.9,en;q=0.5', expected: 'de' },
  {
    name: 'Accept-Language takes the best supported tag',
    acceptLanguage: 'fr;q=1,nl-BE;q=0.8,sv;q=0.5',
    expected: 'nl',
  },
  { name: "Accept-Language 'no' means bokmål", acceptLanguage: 'no', expected: 'nb' },
  {
    name: 'the cookie beats Accept-Language',
    cookie: 'sv',
    acceptLanguage: 'de-DE,de;q=0.9',
    expected: 'sv',
  },
  {
    name: 'a broken cookie falls through to Accept-Language',
    cookie: 'xx',
    acceptLanguage: 'da',
    expected: 'da',
  },
];

const explicit: NegotiationCase[] = [
  {
    name: '?lang= beats the cookie and Accept-Language',
    path: '/?lang=nl',
    cookie: 'sv',
    acceptLanguage: 'de',
    expected: 'nl',
  },
  {
    name: '?lang= beats the cookie on a page Next renders',
    path: '/history?lang=nl',
    cookie: 'sv',
    acceptLanguage: 'de',
    expected: 'nl',
  },
  {
    name: 'the path beats the cookie and Accept-Language',
    path: '/nb/history',
    cookie: 'sv',
    acceptLanguage: 'de',
    expected: 'nb',
  },
  {
    name: 'the path beats the cookie on the home page',
    path: '/nb',
    cookie: 'da',
    acceptLanguage: 'de',
    expected: 'nb',
  },
  { name: 'the path beats ?lang=', path: '/nb/history?lang=de', cookie: 'sv', expected: 'nb' },
  {
    name: 'an unknown ?lang= is ignored',
    path: '/history?lang=xx',
    cookie: 'sv',
    acceptLanguage: 'de',
    expected: 'sv',
  },
  {
    name: '?lang= on the embed beats its cookie',
    path: '/embed?lang=da',
    cookie: 'sv',
    acceptLanguage: 'de',
    expected: 'da',
  },
  {
    name: 'the embed follows the cookie, then Accept-Language',
    path: '/embed',
    cookie: 'nl',
    acceptLanguage: 'de',
    expected: 'nl',
  },
];

test('negotiation order on the running server: path and ?lang= beat the cookie, which beats Accept-Language, which beats English', async ({
  baseURL,
}) => {
  // Each page twice: the first answer is rendered by Next, the second comes from the response cache's memory.
  const cases: NegotiationCase[] = [
    ...order.flatMap((c) => ['/', '/history', '/calendar'].map((path) => ({ ...c, path }))),
    ...explicit,
  ];
  const wrong: string[] = [];
  let hits = 0;
  for (const c of cases) {
    for (const attempt of [1, 2]) {
      const headers: Record<string, string> = {};
      if (c.cookie) headers.cookie = `lang=${c.cookie}`;
      if (c.acceptLanguage) headers['accept-language'] = c.acceptLanguage;
      const response = await fetch(`${baseURL}${c.path}`, { headers, redirect: 'manual' });
      const html = await response.text();
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
      const served = response.headers.get('x-cache') ?? 'next';
      if (response.status !== 200 || lang !== c.expected)
        wrong.push(`${c.name} (${c.path}, #${attempt}, ${served}): ${response.status} lang=${lang}`);
      if (attempt === 2) hits += served === 'hit' ? 1 : 0;
    }
  }
  expect(wrong).toEqual([]);
  expect(hits, 'second answers served from the response cache').toBeGreaterThanOrEqual(order.length * 3);
});

test('a language chosen in the address is remembered in the lang cookie, also by answers from the cache', async ({
  baseURL,
}) => {
  for (const path of ['/?lang=da', '/?lang=da', '/history?lang=de', '/calendar?lang=nl', '/nb/history']) {
    const response = await fetch(`${baseURL}${path}`, { headers: { cookie: 'lang=sv' } });
    const expected = path.startsWith('/nb') ? 'nb' : /lang=(\w+)/.exec(path)?.[1];
    expect(response.headers.get('set-cookie'), path).toMatch(new RegExp(`^lang=${expected};.*Path=/`, 'i'));
    // An answer that sets the viewer's cookie is not for a shared cache.
    expect(response.headers.get('cache-control'), path).toMatch(/private|no-store/);
  }
  // Nothing to remember when the address does not choose, or chooses what the cookie already says.
  for (const [path, cookie] of [
    ['/history', 'lang=sv'],
    ['/?lang=sv', 'lang=sv'],
    ['/', ''],
  ] as const) {
    const response = await fetch(`${baseURL}${path}`, { headers: cookie ? { cookie } : {} });
    expect(response.headers.get('set-cookie'), path).toBeNull();
  }
});

test('the chosen language sticks while following links, and the switcher changes it for good', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  const page = await context.newPage();
  const expectLanguage = async (locale: Locale, heading: string) => {
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  };

  await page.goto('/?lang=da');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  expect((await context.cookies()).find((c) => c.name === 'lang')?.value).toBe('da');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Historik' }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expectLanguage('da', 'Hændelseshistorik');
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Vedligehold' })
    .click();
  await expect(page).toHaveURL(/\/calendar$/);
  await expectLanguage('da', 'Vedligeholdelseskalender');
  // A fresh load without any choice in the address (the cookie alone), from the response cache.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByText('Kommende vedligeholdelse', { exact: true })).toBeVisible();

  await page.goto('/nb/history');
  await expectLanguage('nb', 'Hendelseshistorikk');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Status' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByText('Kommende vedlikehold', { exact: true })).toBeVisible();

  await page.goto('/history');
  await page.locator('header details summary').click();
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expectLanguage('de', 'Störungsverlauf');
  await page.goto('/history');
  await expectLanguage('de', 'Störungsverlauf');
  await expect(page.locator('header details summary')).toHaveAccessibleName('Sprache: Deutsch');
  await context.close();
});
