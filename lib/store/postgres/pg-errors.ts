import { DomainError } from '@/lib/core/errors';

/** SQLSTATEs that mean the server is gone, going, or cannot take us now (classes 08, 57P, 53300). */
const UNREACHABLE_STATES = /^(08|57P0[1-4]|53300|53100)/;
const UNREACHABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const UNREACHABLE_TEXT =
  /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|Query read timeout|Connection ended/i;

/** True when the error says the database cannot be reached, rather than that a statement was wrong. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = Reflect.get(error, 'code');
  if (typeof code === 'string' && (UNREACHABLE_STATES.test(code) || UNREACHABLE_ERRNO.has(code))) return true;
  if (error instanceof AggregateError) return error.errors.some(isUnreachable);
  return UNREACHABLE_TEXT.test(error.message);
}

/** lock_not_available: another instance held the document row for longer than the lock timeout. */
export function isLockTimeout(error: unknown): boolean {
  return error instanceof Error && Reflect.get(error, 'code') === '55P03';
}

/**
 * Text PostgreSQL cannot hold: character_not_in_repertoire (a NUL byte in a text parameter), untranslatable_character
 * (`\u0000` in JSON the server parses), or JSON naming half of a surrogate pair. Input is checked for these
 * before it gets here (lib/http/request-body.ts); this is the net beneath.
 */
export function isUnstorableText(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = Reflect.get(error, 'code');
  const detail = Reflect.get(error, 'detail');
  return (
    code === '22021' || code === '22P05' || (code === '22P02' && /surrogate/i.test(String(detail ?? '')))
  );
}

/** The 400 for text the database cannot hold: nothing was read or written. */
export function unstorableText(): DomainError {
  return new DomainError(
    'invalid_request',
    'The request holds text that cannot be stored: U+0000 (NUL) or half of a surrogate pair. Nothing was written.',
    [{ field: '(request)', problem: 'not storable text' }],
  );
}

export function errorLine(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorLine(error.errors[0]);
  const text =
    error instanceof Error
      ? error.message || String(Reflect.get(error, 'code') ?? error.name)
      : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** The 503 for a write (or a first read) while the database cannot be reached. */
export function databaseUnavailable(database: string, reason: string): DomainError {
  return new DomainError(
    'store_unavailable',
    `The store cannot be written: the database ${database} does not answer (${reason}). Nothing was written; the page keeps showing the last state it read, and writes work again as soon as the database is back.`,
    { file: database, problem: reason },
  );
}

export function databaseBusy(database: string, lockTimeoutMs: number): DomainError {
  return new DomainError(
    'store_unavailable',
    `The store is busy: another write held ${database} for more than ${lockTimeoutMs} ms. Nothing was written; try again.`,
    { file: database, problem: 'lock timeout' },
  );
}

/** The 503 for a write while the stored page fails validation: it is never written over. */
export function documentDamaged(database: string, problem: string): DomainError {
  return new DomainError(
    'store_unavailable',
    `The store cannot be written: the page stored in ${database} is damaged: ${problem}. Nothing was written; restore a backup with npm run store:import -- --replace FILE.`,
    { file: database, problem },
  );
}
