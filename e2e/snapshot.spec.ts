import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_API_TOKEN } from '../playwright.config';
import { startServer } from './support/server';
import { eventually } from './support/processes';

/** The static fallback: the public surface as files that a plain static server serves, links and all. */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar',
  '.atom': 'application/atom+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A plain static file server, under a sub-path to prove the links are relative. */
function serveFolder(dir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').replace(/^\/status/, '');
    const file = join(dir, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

test('npm run snapshot writes pages that render in Chromium from a static server, every link resolving', async ({
  page,
  baseURL,
}) => {
  const out = join(mkdtempSync(join(tmpdir(), 'status-snapshot-')), 'site');
  const run = spawnSync('npm', ['run', '-s', 'snapshot', '--', '--out', out, '--from', baseURL ?? ''], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  for (const file of [
    'index.html',
    'nb/calendar/index.html',
    'embed/index.html',
    'api/v2/summary.json',
    'history.atom',
    'api/v1/calendar.ics',
    'api/v1/calendar.json',
    'badge.svg',
    'favicon.ico',
    'nb/history.atom',
    'de/badge.svg',
    'sv/api/v1/calendar.ics',
    'da/api/v2/summary.json',
    'nl/embed/index.html',
  ])
    expect(existsSync(join(out, file)), file).toBe(true);
  // Each language's copy is in that language, as the live site renders it.
  const read = (file: string) => readFileSync(join(out, file), 'utf8');
  expect(read('nb/index.html')).toMatch(/<html[^>]*lang="nb"/);
  expect(read('de/history/index.html')).toMatch(/<html[^>]*lang="de"/);
  expect(read('nb/history.atom')).not.toBe(read('history.atom'));
  expect(read('sv/api/v1/calendar.ics')).not.toBe(read('api/v1/calendar.ics'));
  const port = Number(process.env.E2E_PORT ?? 3100) + 67;
  const server = await serveFolder(out, port);
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The browser's own guess at /favicon.ico (outside the folder) is not the snapshot's to answer.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
        errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    for (const start of [
      'index.html',
      'de/history/index.html',
      'nb/calendar/index.html',
      'embed/index.html',
    ]) {
      await page.goto(`http://127.0.0.1:${port}/status/${start}`);
      await expect(page.locator('body')).toBeVisible();
      const links = await page.$$eval('a[href], link[href]', (els) =>
        els.map((e) => (e as HTMLAnchorElement).href).filter((h) => h.includes('/status/')),
      );
      expect(links.length, start).toBeGreaterThan(0);
      for (const link of new Set(links)) expect((await fetch(link)).status, `${start} → ${link}`).toBe(200);
    }
    await page.goto(`http://127.0.0.1:${port}/status/nb/index.html`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    const sheets = await page.evaluate(() => document.styleSheets.length);
    expect(sheets).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  } finally {
    server.close();
  }
});

test('with STATUS_SNAPSHOT_DIR the server refreshes the snapshot after a write', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'status-snapshot-live-')), 'site');
  const server = await startServer({ portOffset: 68, env: { STATUS_SNAPSHOT_DIR: dir } });
  try {
    const summary = join(dir, 'api/v2/summary.json');
    expect(await eventually(() => existsSync(summary), 30_000)).toBe(true);
    const name = `Snapshot ${Date.now()}`;
    const res = await fetch(`${server.baseURL}/api/v1/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${E2E_API_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, status: 'investigating', impact: 'minor', body: 'x' }),
    });
    expect(res.status).toBe(201);
    expect(
      await eventually(() => existsSync(summary) && readFileSync(summary, 'utf8').includes(name), 30_000),
    ).toBe(true);
  } finally {
    server.stop();
  }
});
