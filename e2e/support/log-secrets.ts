import { existsSync, readFileSync } from 'node:fs';
import { E2E_API_TOKEN, E2E_LOG_FILE, E2E_SESSION_SECRET } from '../../playwright.config';

/** What no log line may contain: the tests' token, session secret and passwords, and any session cookie value. */
const SECRETS = [
  E2E_API_TOKEN,
  E2E_SESSION_SECRET,
  'a long enough e2e password',
  'a long enough a11y password',
  'not the password at all',
];

/** After the whole e2e run: the shared server's log holds none of the secrets the tests used. */
export default function checkLogs(): void {
  if (!existsSync(E2E_LOG_FILE)) throw new Error(`no server log at ${E2E_LOG_FILE}`);
  const lines = readFileSync(E2E_LOG_FILE, 'utf8').split('\n');
  const leaks: string[] = [];
  for (const [i, line] of lines.entries()) {
    for (const secret of SECRETS)
      if (line.includes(secret)) leaks.push(`line ${i + 1}: ${secret.slice(0, 6)}…`);
    if (/status_session=[\w.-]{10,}/i.test(line)) leaks.push(`line ${i + 1}: a session cookie value`);
  }
  console.log(`server log: ${lines.length} lines checked for ${SECRETS.length} secrets and session cookies`);
  if (leaks.length > 0) throw new Error(`secrets in the server log:\n${leaks.slice(0, 20).join('\n')}`);
}
