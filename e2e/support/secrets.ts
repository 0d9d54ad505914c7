import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_LOG_DIR } from '../../playwright.config';

/** The SMTP password in the URL the subscription e2e gives its server (the test SMTP server checks it). */
export const E2E_SMTP_USER = 'e2e-mailer';
export const E2E_SMTP_PASSWORD = 'e2e-smtp-password-never-logged';

const file = () => join(E2E_LOG_DIR, 'secrets-seen.txt');

/**
 * Remembers a secret a test met (a signed link's token, a webhook secret or signature) for the check after the
 * run that no server log line holds it. One per line; short values are ignored (they would match by chance).
 */
export function recordSecret(value: string | undefined): void {
  if (!value || value.length < 12) return;
  mkdirSync(E2E_LOG_DIR, { recursive: true });
  appendFileSync(file(), `${value.replaceAll('\n', '')}\n`);
}

export function recordedSecrets(): string[] {
  if (!existsSync(file())) return [];
  return [...new Set(readFileSync(file(), 'utf8').split('\n').filter(Boolean))];
}

/** The log file of a test's own server, read with the shared server's after the run. */
export function serverLogFile(port: number): string {
  mkdirSync(E2E_LOG_DIR, { recursive: true });
  return join(E2E_LOG_DIR, `server-${port}.log`);
}
