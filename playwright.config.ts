import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/** Every run gets a fresh store; the server is the production build started the way the README starts it. */
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'status-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
export const E2E_API_TOKEN = 'e2e-admin-token-0123456789abcdef';
export const E2E_SESSION_SECRET = 'e2e-session-secret-not-for-production-0123456789';
/** The shared server's JSON log, read after the run for secrets (e2e/support/log-secrets.ts). */
export const E2E_LOG_FILE = process.env.E2E_LOG_FILE ?? join(dataDir, 'server.log');
process.env.E2E_LOG_FILE = E2E_LOG_FILE;
/** Beside it: the logs of the tests' own servers, and secrets the tests met on the way (links, signatures). */
export const E2E_LOG_DIR = process.env.E2E_LOG_DIR ?? join(dataDir, 'logs');
process.env.E2E_LOG_DIR = E2E_LOG_DIR;
/** In every PostgreSQL URL the servers get (the test database trusts local users and ignores it). */
export const E2E_DATABASE_PASSWORD = 'e2e-database-password-never-logged';
export function withDatabasePassword(url: string): string {
  if (!url) return url;
  const parsed = new URL(url);
  parsed.password = E2E_DATABASE_PASSWORD;
  return parsed.toString();
}
/** The suite runs on the JSON files, and again on PostgreSQL with E2E_STORE=postgres (scripts/test.mjs). */
const onPostgres = process.env.E2E_STORE === 'postgres';
if (onPostgres && !process.env.E2E_DATABASE_URL) {
  throw new Error('E2E_STORE=postgres needs E2E_DATABASE_URL; run it through npm run test:e2e');
}

export default defineConfig({
  testDir: './e2e',
  globalTeardown: './e2e/support/log-secrets.ts',
  // Tests of several instances on one database need the database. On PostgreSQL the suite leaves out the
  // browser-bound specs that only look at how stored pages render (axe, screenshots, the calendar, language
  // negotiation, XSS payloads in Chromium): the store hands them the same document either way. That keeps
  // `npm test` within its time; E2E_POSTGRES_ALL=1 runs them too.
  testIgnore: onPostgres
    ? process.env.E2E_POSTGRES_ALL
      ? []
      : ['a11y', 'visual', 'calendar', 'i18n', 'xss'].map((name) => `**/${name}.spec.ts`)
    : ['**/postgres-*.spec.ts'],
  outputDir: process.env.E2E_OUTPUT_DIR ?? './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['json'] as ['json']] : []),
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${port}/api/v2/status.json`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      STATUS_HOST: '127.0.0.1',
      STATUS_DATA_DIR: dataDir,
      STATUS_DATABASE_URL: onPostgres ? withDatabasePassword(process.env.E2E_DATABASE_URL ?? '') : '',
      STATUS_API_TOKEN: E2E_API_TOKEN,
      STATUS_SESSION_SECRET: E2E_SESSION_SECRET,
      STATUS_LOG_FILE: E2E_LOG_FILE,
      // The tests act as the proxy in front: they name their client's address in X-Forwarded-For.
      STATUS_TRUSTED_PROXIES: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
