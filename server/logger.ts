import { format } from 'node:util';
import pino, { type Logger } from 'pino';

/** Never logged, wherever they appear in a log object. */
const REDACT = [
  'password',
  'token',
  'secret',
  'cookie',
  'authorization',
  '*.password',
  '*.token',
  '*.secret',
  '*.cookie',
  '*.authorization',
  'headers.cookie',
  'headers.authorization',
  'headers["set-cookie"]',
];

/** One JSON line per event on stdout (or `STATUS_LOG_FILE`); `STATUS_LOG_LEVEL` (default info) picks what is written. */
export function createLogger(processName: string): Logger {
  const file = process.env.STATUS_LOG_FILE?.trim();
  // Every process of the instance appends whole lines to the one file (or writes to stdout).
  const destination = file ? pino.destination({ dest: file, append: true, sync: true }) : undefined;
  return pino(
    {
      level: process.env.STATUS_LOG_LEVEL ?? 'info',
      base: { pid: process.pid, process: processName },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? pino.destination(1),
  );
}

/** Routes console output (the framework's and lib/'s messages) through the JSON logger. */
export function captureConsole(logger: Logger): void {
  console.log = (...args: unknown[]) => logger.info(format(...args));
  console.info = console.log;
  console.warn = (...args: unknown[]) => logger.warn(format(...args));
  console.error = (...args: unknown[]) => logger.error(format(...args));
}

/** Query parameters whose values may be credentials (links with tokens or signatures). */
const SECRET_PARAM = /token|sig|secret|pass|key|code|auth|session|confirm|unsubscribe/i;

/** Paths whose last segment is a signed link's token (subscription confirm, manage and unsubscribe links). */
const TOKEN_IN_PATH = /^((?:\/[a-z]{2})?\/subscriptions\/(?:confirm|manage|unsubscribe)\/)[^/?#]+/i;

/**
 * A request path fit for a log line: the token of a signed link and the values of credential-like query
 * parameters replaced.
 */
export function loggablePath(url: string | undefined): string {
  const raw = (url ?? '/').replace(TOKEN_IN_PATH, '$1[redacted]');
  const q = raw.indexOf('?');
  if (q < 0) return raw.slice(0, 2048);
  const params = new URLSearchParams(raw.slice(q + 1));
  for (const name of new Set(params.keys())) if (SECRET_PARAM.test(name)) params.set(name, '[redacted]');
  return `${raw.slice(0, q)}?${params.toString()}`.slice(0, 2048);
}
