/** Error codes of the HTTP contract (API.md) with their status codes. Mapped to HTTP in one place. */
export const errorStatus = {
  invalid_request: 400,
  invalid_timezone: 400,
  invalid_date: 400,
  invalid_range: 400,
  unauthorized: 401,
  forbidden: 403,
  forbidden_origin: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  insufficient_notice: 422,
  unprocessable: 422,
  too_many_requests: 429,
  internal_error: 500,
  store_unavailable: 503,
} as const;
export type ErrorCode = keyof typeof errorStatus;

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

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return typeof value === 'object' && value !== null && Reflect.get(value, BRAND) === true;
}
