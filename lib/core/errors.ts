/**
 * The failures the domain expects and a person can act on. Each code has one HTTP status, mapped once in
 * lib/http/error-response.ts; this module knows nothing of HTTP.
 */
export const errorCodes = [
  'invalid_request',
  'invalid_timezone',
  'invalid_date',
  'invalid_range',
  'unauthorized',
  'forbidden',
  'forbidden_origin',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'insufficient_notice',
  'unprocessable',
  'too_many_requests',
  'rate_limited',
  'internal_error',
  'store_unavailable',
  'service_unavailable',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

// A brand rather than `instanceof`: Next bundles this module more than once, and the store (shared on
// globalThis) may throw a DomainError made by another bundle's copy of the class.
const BRAND = Symbol.for('superoffice-status.domain-error');

/** A failure the domain expects and a person can act on; thrown by domain verbs, mapped to HTTP once. */
export class DomainError extends Error {
  readonly [BRAND] = true;
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return typeof value === 'object' && value !== null && Reflect.get(value, BRAND) === true;
}
