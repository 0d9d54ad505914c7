import { spawnSync } from 'node:child_process';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { mainStoreEnv } from './support/store';

/**
 * OWASP XSS filter-evasion payloads posted as incident names and messages (and a maintenance) must never run in
 * Chromium on any page that shows them. A dialog listener and a window canary prove it.
 */

const auth = { Authorization: `Bearer ${E2E_API_TOKEN}` };
const PASSWORD = 'a long enough e2e password';
const RUN = 'window.__xss=1;alert(1)';

const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg/onload=${RUN}>`,
  `<iframe src="javascript:top.__xss=1;alert(1)"></iframe>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `<body onload=${RUN}>`,
  `<details open ontoggle="${RUN}">`,
  `<a href="javascript:${RUN}">click</a>`,
  `[click](javascript:${RUN})`,
  '[click](JaVaScRiPt:alert(1))',
  '[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  '[click](java&#x09;script:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  "<style>@import'javascript:alert(1)';</style>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<object data="javascript:alert(1)"></object>',
  '<form><button formaction=javascript:alert(1)>X</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<a href="https://ok.example" onmouseover="alert(1)">hover</a>',
  '[hover](https://ok.example/"onmouseover="alert(1))',
  '\u003cscript\u003ealert(1)\u003c/script\u003e',
];

function addStaff(email: string): void {
  const result = spawnSync('npm', ['run', '-s', 'staff:add', '--', '--email', email, '--role', 'admin'], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, ...mainStoreEnv() },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

/** Counts dialogs and checks the canary, script-bearing attributes and javascript: URLs after the page settles. */
async function assertNothingRan(page: Page, path: string, dialogs: string[]): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  // Public pages refresh themselves, so the network never idles: wait for load and give late scripts a moment.
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  await page.mouse.move(10, 10);
  await page.mouse.move(400, 300);
  const found = await page.evaluate(() => {
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.name.toLowerCase().startsWith('on'))
        .map((a) => `${el.tagName}[${a.name}]`),
    );
    const urls = [...document.querySelectorAll('[href], [src], [action], [formaction], [data]')].flatMap(
      (el) =>
        ['href', 'src', 'action', 'formaction', 'data']
          .map((name) => el.getAttribute(name) ?? '')
          .filter((value) => /^\s*(javascript|data:text|vbscript)/i.test(value)),
    );
    return { canary: (window as unknown as { __xss?: unknown }).__xss ?? null, handlers, urls };
  });
  expect(found.canary, `${path}: window canary`).toBeNull();
  expect(found.handlers, `${path}: inline handlers`).toEqual([]);
  expect(found.urls, `${path}: script URLs`).toEqual([]);
  expect(dialogs, `${path}: dialogs`).toEqual([]);
}

async function postAll(request: APIRequestContext): Promise<{ incidents: string[]; maintenance: string }> {
  const incidents: string[] = [];
  for (const [i, payload] of PAYLOADS.entries()) {
    const response = await request.post('/api/v1/incidents', {
      headers: auth,
      data: {
        name: payload.slice(0, 300),
        status: 'investigating',
        impact: 'minor',
        body: `Payload ${i}: ${payload}\n\n${payload}`,
        components: i === 0 ? [{ id: 'app-store', status: 'degraded_performance' }] : [],
      },
    });
    expect(response.status(), `${payload}: ${await response.text()}`).toBe(201);
    incidents.push(((await response.json()) as { incident: { id: string } }).incident.id);
  }
  const maintenance = await request.post('/api/v1/maintenances', {
    headers: auth,
    data: {
      name: PAYLOADS[1],
      body: PAYLOADS.join('\n\n'),
      scheduledFor: new Date(Date.now() + 48 * 3_600_000).toISOString(),
      scheduledUntil: new Date(Date.now() + 49 * 3_600_000).toISOString(),
    },
  });
  expect(maintenance.status(), await maintenance.text()).toBe(201);
  return {
    incidents,
    maintenance: ((await maintenance.json()) as { maintenance: { id: string } }).maintenance.id,
  };
}

test('OWASP XSS payloads as incident names and messages never execute on the public pages or in the console', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const posted = await postAll(request);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  // While open: the home page, the embed and every incident page.
  for (const path of [
    '/',
    '/?lang=nb',
    '/embed',
    '/embed?theme=dark',
    ...posted.incidents.map((id) => `/incidents/${id}`),
  ]) {
    await assertNothingRan(page, path, dialogs);
  }
  // The payloads are shown, as text.
  await page.goto(`/incidents/${posted.incidents[0]}`);
  await expect(page.getByText(PAYLOADS[0] ?? '', { exact: false }).first()).toBeVisible();

  // The console, signed in.
  const email = `xss-admin-${Date.now()}@example.com`;
  addStaff(email);
  // The console remembers the language of the last page (Norwegian, above): sign in through the English form.
  await page.goto('/admin/sign-in?lang=en');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  for (const path of [
    '/admin',
    '/admin/incidents',
    '/admin/maintenances',
    '/admin/audit',
    ...posted.incidents.map((id) => `/admin/incidents/${id}`),
  ]) {
    await assertNothingRan(page, path, dialogs);
  }
  // Typing a payload into the live preview does not run it either.
  await page.goto('/admin/incidents/new');
  for (const payload of PAYLOADS) {
    await page.getByLabel('Message', { exact: true }).fill(payload);
    await page.waitForTimeout(20);
  }
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)).toBeNull();
  expect(dialogs).toEqual([]);

  // Once resolved, the history lists them.
  for (const id of posted.incidents) {
    await request.post(`/api/v1/incidents/${id}/resolve`, {
      headers: auth,
      data: { body: `Resolved ${PAYLOADS[2]}` },
    });
  }
  await request.delete(`/api/v1/maintenances/${posted.maintenance}`, { headers: auth });
  for (const path of ['/history', '/', '/embed', `/incidents/${posted.incidents[0]}`]) {
    await assertNothingRan(page, path, dialogs);
  }
});
