import { spawnSync } from 'node:child_process';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { mainStoreEnv } from './support/store';

/** The staff console end to end: a CLI-made admin signs in, posts, resolves, and the public surfaces follow. */

const auth = { Authorization: `Bearer ${E2E_API_TOKEN}` };
const PASSWORD = 'a long enough e2e password';

function addStaff(email: string, role: 'admin' | 'editor', password = PASSWORD): void {
  const result = spawnSync('npm', ['run', '-s', 'staff:add', '--', '--email', email, '--role', role], {
    input: `${password}\n`,
    env: { ...process.env, ...mainStoreEnv() },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner').getByText(email)).toBeVisible();
  await expect(page).not.toHaveURL(/sign-in/);
}

/** Leaves the page as the next spec expects it: no open incidents, every component operational. */
async function restoreCalm(request: APIRequestContext): Promise<void> {
  const open = (await (await request.get('/api/v2/incidents/unresolved.json')).json()) as {
    incidents: { id: string }[];
  };
  for (const incident of open.incidents) {
    await request.post(`/api/v1/incidents/${incident.id}/resolve`, {
      headers: auth,
      data: { body: 'Resolved by the test clean-up.' },
    });
  }
  const summary = (await (await request.get('/api/v2/components.json')).json()) as {
    components: { id: string; status: string; group: boolean }[];
  };
  for (const c of summary.components.filter(
    (c) => !c.group && c.status !== 'operational' && c.status !== 'under_maintenance',
  )) {
    await request.patch(`/api/v1/components/${c.id}`, { headers: auth, data: { status: 'operational' } });
  }
}

test.afterAll(async ({ request }) => {
  await restoreCalm(request);
});

test.describe('staff console', () => {
  test('an admin added by the CLI posts an incident, the public page shows it within a second, then resolves it', async ({
    page,
    request,
  }) => {
    const email = `admin-flow-${Date.now()}@example.com`;
    addStaff(email, 'admin');
    await signIn(page, email);

    await page.getByRole('link', { name: 'Post an incident' }).first().click();
    await expect(page.getByRole('heading', { name: 'Post an incident', level: 1 })).toBeVisible();
    const name = `Calendar sync delayed ${Date.now()}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Impact').selectOption('major');
    await page
      .getByLabel('Message', { exact: true })
      .fill('We are **investigating** delays. See [status](https://status.superoffice.com).');
    await expect(page.getByTestId('body-preview').locator('strong')).toHaveText('investigating');
    await expect(page.getByTestId('body-preview').getByRole('link', { name: 'status' })).toHaveAttribute(
      'rel',
      'noopener noreferrer nofollow',
    );
    await page.getByRole('combobox', { name: /^Calendar synchronisation/ }).selectOption('partial_outage');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/incidents') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Post incident' }).click(),
    ]);
    const posted = Date.now();
    expect(response.status()).toBe(201);
    const id = ((await response.json()) as { incident: { id: string } }).incident.id;

    // Within one second of the post, the Statuspage API and the home page show it.
    const seen = async (check: () => Promise<boolean>) => {
      while (!(await check())) {
        if (Date.now() - posted > 1000) return Infinity;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Date.now() - posted;
    };
    const [inSummary, onHome] = await Promise.all([
      seen(async () => {
        const summary = (await (await request.get('/api/v2/summary.json')).json()) as {
          incidents: { id: string }[];
          components: { id: string; status: string }[];
        };
        return (
          summary.incidents.some((i) => i.id === id) &&
          summary.components.find((c) => c.id === 'calendar-sync')?.status === 'partial_outage'
        );
      }),
      seen(async () => (await (await request.get('/')).text()).includes(name)),
    ]);
    console.log(`incident visible in summary.json after ${inSummary} ms, on / after ${onHome} ms`);
    expect(inSummary).toBeLessThan(1000);
    expect(onHome).toBeLessThan(1000);

    await expect(page).toHaveURL(new RegExp(`/admin/incidents/${id}$`));
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Resolve incident' }).click();
    await expect(page.getByRole('heading', { name: 'Post-mortem' })).toBeVisible();
    await expect(page.getByText('Calendar synchronisation: Partial outage → Operational')).toBeVisible();

    const components = (await (await request.get('/api/v2/components.json')).json()) as {
      components: { id: string; status: string }[];
    };
    expect(components.components.find((c) => c.id === 'calendar-sync')?.status).toBe('operational');
    const unresolved = (await (await request.get('/api/v2/incidents/unresolved.json')).json()) as {
      incidents: { id: string }[];
    };
    expect(unresolved.incidents.map((i) => i.id)).not.toContain(id);

    await page.getByRole('link', { name: 'Audit log' }).click();
    const rows = page.getByRole('row').filter({ hasText: email });
    await expect(
      rows.filter({ hasText: 'incident.create' }).filter({ hasText: `incident:${id}` }),
    ).toHaveCount(1);
    await expect(
      rows.filter({ hasText: 'incident.update.resolved' }).filter({ hasText: `incident:${id}` }),
    ).toHaveCount(1);
    // Newest first: the resolution is listed above the creation.
    const actions = await page
      .getByRole('row')
      .filter({ hasText: `incident:${id}` })
      .locator('td:nth-child(3)')
      .allTextContents();
    expect(actions).toEqual(['incident.update.resolved', 'incident.create']);
  });

  test('a form keeps its input and says exactly what is wrong', async ({ page }) => {
    const email = `admin-form-${Date.now()}@example.com`;
    addStaff(email, 'admin');
    await signIn(page, email);
    await page.goto('/admin/incidents/new');
    await page.getByLabel('Message', { exact: true }).fill('Kept after the error');
    await page.getByRole('button', { name: 'Post incident' }).click();
    const nameField = page.getByLabel('Name', { exact: true });
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await nameField.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy.split(' ').pop()}"]`)).toHaveText('must not be empty');
    await expect(page.locator('form').getByRole('alert').first()).toContainText('Invalid name');
    await expect(page.getByLabel('Message', { exact: true })).toHaveValue('Kept after the error');
  });

  test('signed-out visitors are sent to sign in and brought back; a wrong password gets one generic message', async ({
    page,
  }) => {
    await page.goto('/admin/maintenances/new');
    await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin%2Fmaintenances%2Fnew$/);
    await page.getByLabel('Email address').fill('nobody@example.com');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText(
      'The email address or password is not correct.',
    );
    await expect(page.getByLabel('Email address')).toHaveValue('nobody@example.com');

    const email = `admin-back-${Date.now()}@example.com`;
    addStaff(email, 'editor');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/admin\/maintenances\/new$/);
  });

  test('the maintenance form shows the earliest allowed start in the staff zone and in Oslo, and enforces it', async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
    const page = await context.newPage();
    const email = `admin-maint-${Date.now()}@example.com`;
    addStaff(email, 'editor');
    await signIn(page, email);
    await page.goto('/admin/maintenances/new');
    const earliest = new Date(Date.now() + 86_400_000);
    const oslo = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Oslo',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(earliest);
    const ny = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/New_York',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(earliest);
    await expect(page.getByTestId('earliest-page')).toContainText(oslo.slice(0, 2));
    await expect(page.getByTestId('earliest-local')).toContainText(ny.slice(0, 2));
    await expect(page.getByRole('option', { name: 'Your time (America/New_York)' })).toBeAttached();

    const name = `Emergency patch ${Date.now()}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    const soon = new Date(Date.now() + 2 * 3_600_000);
    const local = (d: Date) => {
      const parts = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Oslo',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(d);
      return parts.replace(' ', 'T');
    };
    await page.getByLabel('Starts').fill(local(soon));
    await page.getByLabel('Ends').fill(local(new Date(soon.getTime() + 3_600_000)));
    await expect(page.getByText('less than 24 hours from now')).toBeVisible();
    await page.getByRole('button', { name: 'Schedule maintenance' }).click();
    await expect(page.getByLabel('Starts')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('form').getByRole('alert').first()).toContainText('at least 24 hours ahead');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);

    await page.getByLabel('Emergency').check();
    await page.getByRole('button', { name: 'Schedule maintenance' }).click();
    await expect(page.getByLabel('Reason for the emergency')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Reason for the emergency').fill('Critical security fix');
    await page.getByRole('button', { name: 'Schedule maintenance' }).click();
    await expect(page).toHaveURL(/\/admin\/maintenances$/);
    const item = page.getByRole('listitem').filter({ hasText: name });
    await expect(item.getByText('Emergency', { exact: true })).toBeVisible();
    page.once('dialog', (dialog) => dialog.accept());
    await item.getByRole('button', { name: 'Cancel maintenance' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: name }).getByText('Cancelled')).toBeVisible();
    await context.close();
    expect((await request.get('/api/v2/scheduled-maintenances/upcoming.json')).ok()).toBe(true);
  });

  test('an admin creates an API token that is shown once and works, then revokes it', async ({
    page,
    request,
  }) => {
    const email = `admin-token-${Date.now()}@example.com`;
    addStaff(email, 'admin');
    await signIn(page, email);
    await page.goto('/admin/tokens');
    await page.getByLabel('Name', { exact: true }).fill(`monitoring ${Date.now()}`);
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = await page.getByTestId('new-token').inputValue();
    expect(secret).toMatch(/^sost_[\w-]{40,}$/);
    const me = await request.get('/api/v1/auth/session', { headers: { Authorization: `Bearer ${secret}` } });
    expect(me.status()).toBe(200);
    await page.reload();
    await expect(page.getByTestId('new-token')).toHaveCount(0);
    await expect(page.getByText(secret)).toHaveCount(0);
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Revoke' }).first().click();
    await expect(page.getByText(/revoked/).first()).toBeVisible();
    expect(
      (
        await request.get('/api/v1/auth/session', { headers: { Authorization: `Bearer ${secret}` } })
      ).status(),
    ).toBe(401);
  });

  test('one occurrence of a recurring rule is cancelled without touching the rule', async ({
    page,
    request,
  }) => {
    const email = `admin-occ-${Date.now()}@example.com`;
    addStaff(email, 'editor');
    await signIn(page, email);
    await page.goto('/admin/schedule');
    const section = page.getByRole('region', { name: 'System maintenance', exact: true });
    const first = section.getByRole('listitem').first();
    page.once('dialog', (dialog) => dialog.accept());
    await first.getByRole('button', { name: 'Cancel this one' }).click();
    await expect(first.getByText('(cancelled)')).toBeVisible();
    await expect(section.getByRole('listitem').nth(1).getByText('(cancelled)')).toHaveCount(0);
    await first.getByRole('button', { name: 'Restore' }).click();
    await expect(first.getByText('(cancelled)')).toHaveCount(0);
    const audit = (await (await request.get('/api/v1/audit?limit=20', { headers: auth })).json()) as {
      entries: { action: string; actor: string }[];
    };
    expect(
      audit.entries
        .filter((e) => e.actor === email)
        .map((e) => e.action)
        .slice(0, 2),
    ).toEqual(['occurrence.restore', 'occurrence.cancel']);
  });

  test('console responses are never framed or cached and carry a CSP', async ({ request }) => {
    for (const path of ['/admin', '/admin/sign-in', '/admin/incidents', '/admin/audit']) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['cache-control'], path).toContain('no-store');
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });
});
