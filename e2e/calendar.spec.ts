import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';

test.use({ timezoneId: 'America/New_York', locale: 'nb-NO' });

/** Console errors and uncaught exceptions of a page, to assert there are none. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Opens the calendar and waits until the browser's zone has been taken over (cookie set, page rendered in it). */
async function openCalendar(page: Page, query: string, zone = 'America/New_York') {
  await page.goto(`/calendar?${query}`);
  await expect(page.locator('[data-zone-line]')).toContainText(zone);
}

const agendaWindow = (page: Page, id: string) =>
  page.locator(`#agenda-title ~ * [data-window="${id}"]`).first();

test.describe('maintenance calendar page (New York, Norwegian)', () => {
  test('takes the browser zone, writes Norwegian month and day names, starts weeks on Monday', async ({
    page,
    context,
  }) => {
    const errors = collectErrors(page);
    await openCalendar(page, 'month=2026-03');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'tz')?.value).toBe('America%2FNew_York');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vedlikeholdskalender');
    await expect(page.getByRole('heading', { level: 2, name: 'Mars 2026' })).toBeVisible();
    await expect(page.locator('[data-zone-line]')).toHaveText(
      'Tidene vises i America/New_York (UTC-05:00; UTC-04:00 fra 8. mars 2026)',
    );
    const headers = page.getByRole('grid').getByRole('columnheader');
    await expect(headers.first()).toHaveText('man');
    await expect(headers.last()).toHaveText('søn');
    await expect(page.locator('#agenda-2026-03-12')).toHaveText('torsdag 12. mars 2026');
    expect(errors).toEqual([]);
  });

  const fridays: [string, string, string, string, string, boolean][] = [
    // [month, occurrence (Friday in Oslo), Thursday in New York, local times, offset, runs past midnight]
    ['2026-02', 'system-maintenance:2026-02-27', '2026-02-26', '18:00–00:00', 'UTC-05:00', false],
    ['2026-03', 'system-maintenance:2026-03-13', '2026-03-12', '19:00–fre 01:00', 'UTC-04:00', true],
    ['2026-03', 'system-maintenance:2026-03-27', '2026-03-26', '19:00–fre 01:00', 'UTC-04:00', true],
    ['2026-04', 'system-maintenance:2026-04-10', '2026-04-09', '18:00–00:00', 'UTC-04:00', false],
  ];
  for (const [month, id, thursday, times, offset, pastMidnight] of fridays) {
    test(`shows ${id} (Friday 00:00 in Oslo) on Thursday ${thursday} at ${times} New York time`, async ({
      page,
    }) => {
      await openCalendar(page, `month=${month}`);
      await expect(page.locator(`#agenda-${thursday}`)).toBeVisible();
      const item = agendaWindow(page, id);
      await expect(item).toContainText(`${times} (America/New_York, ${offset})`);
      await expect(page.locator(`td[data-date="${thursday}"] [data-window="${id}"]`)).toContainText(
        times.slice(0, 5),
      );
      const friday = `${thursday.slice(0, 8)}${String(Number(thursday.slice(8)) + 1).padStart(2, '0')}`;
      // A window crossing the viewer's midnight belongs to both days; one ending at midnight only to the first.
      await expect(page.locator(`td[data-date="${friday}"] [data-window="${id}"]`)).toHaveCount(
        pastMidnight ? 1 : 0,
      );
    });
  }

  test('changes month without a full reload, updating ?month= and working without JavaScript links', async ({
    page,
  }) => {
    await openCalendar(page, 'month=2026-03');
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const next = page.getByRole('link', { name: 'Neste måned' });
    await expect(next).toHaveAttribute('href', /month=2026-04/);
    const loaded = page.waitForResponse(
      (r) => r.url().includes('/api/v1/calendar?') && r.url().includes('from=2026-03-30'),
    );
    await next.click();
    await loaded;
    await expect(page.getByRole('heading', { level: 2, name: 'April 2026' })).toBeVisible();
    await expect(page).toHaveURL(/month=2026-04/);
    await expect(agendaWindow(page, 'system-maintenance:2026-04-10')).toContainText('18:00');
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    await page.getByRole('link', { name: 'Forrige måned' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Mars 2026' })).toBeVisible();
  });

  test('moves between days with the arrow keys and between months with Page Down', async ({ page }) => {
    await openCalendar(page, 'month=2026-03');
    const cell = page.locator('td[data-date="2026-03-01"]');
    await cell.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('td[data-date="2026-03-02"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('td[data-date="2026-03-09"]')).toBeFocused();
    await expect(page.locator('td[data-date="2026-03-09"]')).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { level: 2, name: 'April 2026' })).toBeVisible();
    await expect(page.locator('td[data-date="2026-04-09"]')).toBeFocused();
  });

  test('the subscribe links point at a feed that downloads and parses', async ({ page, request }) => {
    await openCalendar(page, 'month=2026-03');
    const https = page.locator('[data-subscribe="https"]');
    const href = await https.getAttribute('href');
    expect(href).toBe('/api/v1/calendar.ics?lang=nb');
    await expect(page.locator('[data-subscribe="webcal"]')).toHaveAttribute(
      'href',
      /^webcal:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\.ics\?lang=nb$/,
    );
    const response = await request.get(href ?? '');
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toContain('Systemvedlikehold');
  });

  test('downloads one window as an .ics made in the browser', async ({ page }) => {
    await openCalendar(page, 'month=2026-03');
    const item = agendaWindow(page, 'system-maintenance:2026-03-13');
    const download = page.waitForEvent('download');
    await item.getByRole('button', { name: /Last ned \.ics/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('system-maintenance-2026-03-12.ics');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(readFileSync((await file.path()) ?? '', 'utf8'))).getFirstSubcomponent(
        'vevent',
      ) ?? undefined,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-12T23:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-13T05:00:00.000Z');
    expect(event.summary).toBe('Systemvedlikehold');
  });

  test('the zone picker sets the cookie and the times change', async ({ page, context }) => {
    await openCalendar(page, 'month=2026-03');
    await page.locator('[data-zone-settings] summary').click();
    const search = page.getByRole('combobox', { name: 'Søk etter tidssone' });
    await search.fill('tokyo');
    await expect(page.getByRole('option').first()).toContainText('Asia/Tokyo');
    await search.press('Enter');
    await expect(page.locator('[data-zone-line]')).toContainText('Asia/Tokyo (UTC+09:00)');
    expect((await context.cookies()).find((c) => c.name === 'tz')?.value).toBe('Asia%2FTokyo');
    await expect(agendaWindow(page, 'system-maintenance:2026-03-13')).toContainText('08:00–14:00');
    await expect(agendaWindow(page, 'system-maintenance:2026-03-13')).toContainText('UTC+09:00');
  });

  test('marks windows that overlap the working hours, and the hours can be changed', async ({
    page,
    context,
  }) => {
    await context.addCookies([
      { name: 'tz', value: 'Asia%2FTokyo', url: test.info().project.use.baseURL ?? 'http://127.0.0.1' },
    ]);
    await page.goto('/calendar?month=2026-03');
    // Friday 00:00–06:00 in Oslo is Friday 08:00–14:00 in Tokyo: inside Monday–Friday 08:00–17:00.
    const tokyo = agendaWindow(page, 'system-maintenance:2026-03-13');
    await expect(tokyo).toHaveAttribute('data-overlaps', 'true');
    await expect(tokyo).toContainText('Overlapper med arbeidstiden din');
    await expect(
      page.locator('td[data-date="2026-03-13"] [data-window="system-maintenance:2026-03-13"]'),
    ).toContainText('Overlapper med arbeidstiden din');

    await page.locator('[data-zone-settings] summary').click();
    await page.getByRole('combobox').fill('new york');
    await page.getByRole('combobox').press('Enter');
    await expect(page.locator('[data-zone-line]')).toContainText('America/New_York');
    const newYork = agendaWindow(page, 'system-maintenance:2026-03-13');
    await expect(newYork).toHaveAttribute('data-overlaps', 'false');

    await page.locator('[data-hours-settings] summary').click();
    await page.getByLabel('Fra').fill('18:00');
    await page.getByLabel('Til').fill('23:00');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await expect(page.locator('[data-current-hours]')).toHaveText('man–fre, 18:00–23:00');
    await expect(agendaWindow(page, 'system-maintenance:2026-03-13')).toHaveAttribute(
      'data-overlaps',
      'true',
    );
    expect(decodeURIComponent((await context.cookies()).find((c) => c.name === 'hours')?.value ?? '')).toBe(
      '1-5;18:00-23:00',
    );
  });

  test('prints the agenda without pickers or the grid', async ({ page }) => {
    await openCalendar(page, 'month=2026-03');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#agenda-title')).toBeVisible();
    await expect(page.getByRole('grid')).toBeHidden();
    await expect(page.locator('[data-zone-settings]')).toBeHidden();
    await expect(page.locator('[data-subscribe="webcal"]')).toBeHidden();
  });

  test('looks right at 1280 and 320 pixels (screenshots saved)', async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openCalendar(page, 'month=2026-03');
    await page.screenshot({ path: testInfo.outputPath('calendar-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(page.getByRole('grid')).toBeHidden();
    await expect(page.locator('#agenda-title')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('calendar-320.png'), fullPage: true });
    await testInfo.attach('calendar-1280', {
      path: testInfo.outputPath('calendar-1280.png'),
      contentType: 'image/png',
    });
    await testInfo.attach('calendar-320', {
      path: testInfo.outputPath('calendar-320.png'),
      contentType: 'image/png',
    });
    expect(errors).toEqual([]);
  });
});

test.describe('maintenance calendar without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('renders the agenda and plain month links from the server', async ({ page }) => {
    await page.goto('/calendar?month=2026-03&lang=nb&tz=America/New_York');
    await expect(page.getByRole('heading', { level: 2, name: 'Mars 2026' })).toBeVisible();
    await expect(agendaWindow(page, 'system-maintenance:2026-03-13')).toContainText('19:00');
    await expect(page.getByRole('link', { name: 'Neste måned' })).toHaveAttribute(
      'href',
      '/calendar?lang=nb&tz=America%2FNew_York&month=2026-04',
    );
  });
});
