import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  E2E_API_TOKEN,
  E2E_DATABASE_PASSWORD,
  E2E_LOG_DIR,
  E2E_LOG_FILE,
  E2E_SESSION_SECRET,
} from '../../playwright.config';
import { E2E_SMTP_PASSWORD, recordedSecrets } from './secrets';

/** What no log line may contain: the tests' token, session secret and passwords (sign-in, SMTP, database). */
const FIXED = [
  E2E_API_TOKEN,
  E2E_SESSION_SECRET,
  E2E_SMTP_PASSWORD,
  E2E_DATABASE_PASSWORD,
  'a long enough e2e password',
  'a long enough a11y password',
  'not the password at all',
  'a long enough fuzz password',
];

/** Patterns of credentials whatever their value: session cookies, signed subscription links, signatures. */
const PATTERNS: [RegExp, string][] = [
  [/status_session=[\w.-]{10,}/i, 'a session cookie value'],
  [
    /\/subscriptions\/(?:confirm|manage|unsubscribe)\/(?!\[redacted\])[\w.~%-]{16,}/,
    'a signed subscription link',
  ],
  [/v1=[0-9a-f]{64}/, 'a webhook signature'],
  [/whsec_\w{8,}/, 'a webhook secret'],
  [/postgres(?:ql)?:\/\/[^:/@\s]+:[^@\s]+@/, 'a database URL with its password'],
  [/smtps?:\/\/[^:/@\s]+:[^@\s]+@/, 'an SMTP URL with its password'],
];

function logFiles(): string[] {
  const files = [E2E_LOG_FILE];
  if (existsSync(E2E_LOG_DIR))
    for (const name of readdirSync(E2E_LOG_DIR))
      if (name.endsWith('.log')) files.push(join(E2E_LOG_DIR, name));
  return files.filter((file) => existsSync(file));
}

/** After the whole e2e run: no server's log (the shared one and the tests' own) holds a secret. */
export default function checkLogs(): void {
  if (!existsSync(E2E_LOG_FILE)) throw new Error(`no server log at ${E2E_LOG_FILE}`);
  const secrets = [...FIXED, ...recordedSecrets()];
  const leaks: string[] = [];
  let count = 0;
  const files = logFiles();
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    count += lines.length;
    for (const [i, line] of lines.entries()) {
      for (const secret of secrets)
        if (line.includes(secret)) leaks.push(`${file}:${i + 1}: ${secret.slice(0, 6)}…`);
      for (const [pattern, what] of PATTERNS) if (pattern.test(line)) leaks.push(`${file}:${i + 1}: ${what}`);
    }
  }
  console.log(
    `server logs: ${count} lines in ${files.length} files checked for ${secrets.length} secrets ` +
      `(${secrets.length - FIXED.length} met by the tests) and ${PATTERNS.length} patterns`,
  );
  if (leaks.length > 0) throw new Error(`secrets in the server logs:\n${leaks.slice(0, 20).join('\n')}`);
}
