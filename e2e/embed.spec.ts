import type { Server } from 'node:http';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { allowFraming, postIncident, quietEmbedLine, startHost } from './public-helpers';

test.describe.configure({ mode: 'serial' });

/** The login screen of the product, on another origin: frames the embed and follows its height messages. */
const hostPage = (embedUrl: string, width: number) => `<!doctype html>
<html lang="en"><head><title>Product login</title></head>
<body style="margin:0;font-family:sans-serif">
<h1>Sign in</h1>
<iframe id="status" title="Service status" src="${embedUrl}" style="border:0;width:${width}px;height:10px;display:block"></iframe>
<p id="heights"></p>
<script>
window.heights = [];
window.addEventListener('message', function (event) {
  if (!event.data || event.data.type !== 'status-embed-height') return;
  window.heights.push(event.data.height);
  document.getElementById('status').style.height = event.data.height + 'px';
});
</script>
</body></html>`;

let host: { origin: string; server: Server } | null = null;
let embedBase = '';

test.beforeAll(async ({ baseURL }) => {
  embedBase = `${baseURL}/embed`;
  host = await startHost(() => hostPage(`${embedBase}?lang=en&tz=Europe/Oslo`, 640));
});

test.afterAll(async () => {
  await new Promise((resolve) => host?.server.close(resolve));
});

async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().find((f) => f.url().startsWith(embedBase)) !== undefined).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(embedBase));
  if (!frame) throw new Error('no embed frame');
  return frame;
}

test('the embed refuses a host that the page settings do not list (default: https origins only)', async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors|Refused to frame/i.test(m.text())) blocked.push(m.text());
  });
  await page.goto(host?.origin ?? '');
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  const frame = page.frames().find((f) => f.url().startsWith(embedBase));
  expect(
    (await frame
      ?.locator('#e')
      .count()
      .catch(() => 0)) ?? 0,
  ).toBe(0);
});

test.describe('framed by an allowed host', () => {
  test.beforeAll(async () => {
    await allowFraming(['https:', host?.origin ?? '']);
  });

  test('renders in the iframe, sizes the iframe to its content, and its link opens the full page in the top window', async ({
    page,
    baseURL,
    request,
  }) => {
    const line = await quietEmbedLine(request, async () => void (await page.goto(host?.origin ?? '')));
    const frame = await embedFrame(page);
    await expect(frame.getByRole('status')).toContainText(line);
    const iframe = page.locator('#status');
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(20);
    const content = await frame.locator('#e').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    expect(Math.round((await iframe.boundingBox())?.height ?? 0)).toBe(content);

    // A narrower iframe wraps the line: the embed reports its new height and the host follows.
    const before = content;
    await iframe.evaluate((el) => {
      (el as HTMLIFrameElement).style.width = '220px';
    });
    await expect
      .poll(async () => Math.round((await iframe.boundingBox())?.height ?? 0))
      .toBeGreaterThan(before);
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(heights.length).toBeGreaterThanOrEqual(2);

    await frame.getByRole('link', { name: 'View status page' }).click();
    await page.waitForURL(`${baseURL}/?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('picks up an incident posted while it is open, without a reload', async ({ page, request }) => {
    const line = await quietEmbedLine(request, async () => void (await page.goto(host?.origin ?? '')));
    const frame = await embedFrame(page);
    await expect(frame.getByRole('status')).toContainText(line);
    await frame.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same document';
    });
    const { name } = await postIncident(request, `Sign-in problems ${Date.now()}`, {
      impact: 'critical',
      component: 'login',
      componentStatus: 'major_outage',
    });
    // The embed checks every 30 s, on focus and when back online; focus makes the test quick.
    await frame.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(frame.getByRole('status')).toContainText(name, { timeout: 10_000 });
    expect(await frame.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'same document',
    );
    await expect(frame.locator('#e')).toHaveClass('t-critical');
  });

  test('keeps the last status and says it is reconnecting while the server cannot be reached', async ({
    page,
  }) => {
    await page.goto(host?.origin ?? '');
    const frame = await embedFrame(page);
    await expect(frame.getByRole('status')).toBeVisible();
    const text = await frame.locator('.x').textContent();
    await page.route(`${embedBase}**`, (route) => route.abort('internetdisconnected'));
    await frame.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(frame.getByText('Reconnecting…')).toBeVisible();
    await expect(frame.locator('.x')).toHaveText(text ?? '');
  });
});

test('speaks six languages, follows ?theme and writes times in ?tz', async ({ request }) => {
  const expected: Record<string, string> = {
    en: 'View status page',
    nb: 'Se statussiden',
    sv: 'Visa statussidan',
    da: 'Se statussiden',
    nl: 'Statuspagina bekijken',
    de: 'Statusseite öffnen',
  };
  for (const [lang, link] of Object.entries(expected)) {
    const html = await (await request.get(`/embed?lang=${lang}`)).text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(`>${link}</a>`);
  }
  expect(await (await request.get('/embed?theme=dark')).text()).toContain('data-theme="dark"');
  expect(await (await request.get('/embed?theme=bogus')).text()).toContain('data-theme="auto"');
  const ny = await (await request.get('/embed?tz=America/New_York')).text();
  expect(ny).toContain('data-zone="America/New_York" data-zone-chosen="true"');
  expect(await (await request.get('/embed?tz=Not/AZone')).text()).toContain(
    'data-zone="Europe/Oslo" data-zone-chosen="false"',
  );
});

test('asks for the browser\u2019s zone when none is given', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${baseURL}/embed`)) asked.push(r.url());
  });
  await page.goto(`${baseURL}/embed?lang=en`);
  await expect.poll(() => asked.some((u) => u.includes('tz=America%2FNew_York'))).toBe(true);
  await context.close();
});

test('transfers under 25 KB on first view and carries its own framing policy, never X-Frame-Options', async ({
  page,
  baseURL,
}) => {
  let transferred = 0;
  const responses: Promise<void>[] = [];
  page.on('requestfinished', (r) => {
    responses.push(
      r.sizes().then((s) => {
        transferred += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  });
  const response = await page.goto(`${baseURL}/embed?lang=en&tz=Europe/Oslo`);
  await page.waitForLoadState('networkidle');
  await Promise.all(responses);
  test.info().annotations.push({ type: 'embed first view (bytes)', description: String(transferred) });
  console.log('embed first view transferred (bytes):', transferred);
  expect(transferred).toBeLessThan(25 * 1024);
  const headers = response?.headers() ?? {};
  expect(headers['x-frame-options']).toBeUndefined();
  expect(headers['content-security-policy']).toMatch(/frame-ancestors https: http:\/\/127\.0\.0\.1:\d+/);
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
});
