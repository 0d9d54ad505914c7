import { spawnSync } from 'node:child_process';
import {
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import type { StoreEnv } from './support/store';

/** Shared steps of the language, accessibility and screenshot specs: themes, staff sign-in, an open incident. */

export const auth = { Authorization: `Bearer ${E2E_API_TOKEN}` };
export const locales = ['en', 'nb', 'sv', 'da', 'nl', 'de'] as const;
export type Locale = (typeof locales)[number];

/**
 * The ways a viewer gets a theme: the system setting alone, or the header's toggle (a cookie) overriding the
 * opposite system setting. The embed takes `?theme=` instead of the cookie.
 */
export interface ThemeCase {
  name: string;
  colorScheme: 'light' | 'dark';
  cookie: 'light' | 'dark' | null;
  dark: boolean;
}
export const themeCases: readonly ThemeCase[] = [
  { name: 'light (system)', colorScheme: 'light', cookie: null, dark: false },
  { name: 'dark (system)', colorScheme: 'dark', cookie: null, dark: true },
  { name: 'dark (toggle on a light system)', colorScheme: 'light', cookie: 'dark', dark: true },
  { name: 'light (toggle on a dark system)', colorScheme: 'dark', cookie: 'light', dark: false },
];

export async function themedContext(
  browser: Browser,
  baseURL: string,
  theme: Pick<ThemeCase, 'colorScheme' | 'cookie'>,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    colorScheme: theme.colorScheme,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Europe/Oslo',
  });
  if (theme.cookie) await context.addCookies([{ name: 'theme', value: theme.cookie, url: baseURL }]);
  return context;
}

/** Adds a staff member with the CLI to the store `storeEnv` names, as an administrator would on the server. */
export function addStaff(storeEnv: StoreEnv, email: string, password: string): void {
  const result = spawnSync('npm', ['run', '-s', 'staff:add', '--', '--email', email, '--role', 'editor'], {
    input: `${password}\n`,
    env: { ...process.env, ...storeEnv },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  // The console follows the language the last page chose: sign in through the English form.
  await page.goto('/admin/sign-in?lang=en');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

/** An open incident that degrades one component, so the pages show their non-calm colours too. */
export async function openIncident(
  request: APIRequestContext,
  baseURL: string,
  name: string,
  component = 'web-client',
): Promise<string> {
  const response = await request.post(`${baseURL}/api/v1/incidents`, {
    headers: auth,
    data: {
      name,
      status: 'investigating',
      impact: 'minor',
      body: `We are looking into **${name}**. Some customers see slow pages.`,
      components: [{ id: component, status: 'degraded_performance' }],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const json = (await response.json()) as { incident: { id: string } };
  return json.incident.id;
}

export async function resolveIncident(
  request: APIRequestContext,
  baseURL: string,
  id: string,
  component = 'web-client',
): Promise<void> {
  const response = await request.post(`${baseURL}/api/v1/incidents/${id}/updates`, {
    headers: auth,
    data: {
      status: 'resolved',
      body: 'Resolved: pages load at normal speed again.',
      components: [{ id: component, status: 'operational' }],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** How far the document scrolls sideways; 0 means nothing sticks out of the viewport. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The elements that reach past the right edge of the viewport, to name the culprit when overflow happens. */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').slice(0, 60)}`;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right > width + 0.5 && r.width > 0) out.push(`${name(el)} right=${Math.round(r.right)}`);
      // Text wider than its box (a long word) overflows without any element reaching past the edge.
      else if (
        el.scrollWidth > el.clientWidth + 1 &&
        el.clientWidth > 0 &&
        getComputedStyle(el).overflowX === 'visible'
      ) {
        out.push(
          `${name(el)} text ${el.scrollWidth}>${el.clientWidth}: “${(el.textContent ?? '').trim().slice(0, 40)}”`,
        );
      }
    }
    return out.slice(0, 10);
  });
}

/** Whether the page is drawn dark: the luminance of the body's background, whatever the way the theme was chosen. */
export function looksDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r = 255, g = 255, b = 255] = (
      getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? []
    ).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  });
}
