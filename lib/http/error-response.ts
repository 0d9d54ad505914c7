import { ZodError } from 'zod';
import { isDomainError, type ErrorCode } from '@/lib/core/errors';
import { privateJson } from '@/lib/http/responses';

/** The HTTP status of every error code of the contract. */
const errorStatus: Record<ErrorCode, number> = {
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
  rate_limited: 429,
  internal_error: 500,
  store_unavailable: 503,
  service_unavailable: 503,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Zod issues as `details`: which field, and why. */
function zodDetails(error: ZodError): { field: string; problem: string }[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    problem: issue.message,
  }));
}

/** The one place that turns any thrown value into an HTTP answer; unknown failures never leak a stack. */
export function errorResponse(error: unknown, extraHeaders?: Record<string, string>): Response {
  if (isDomainError(error)) {
    const headers: Record<string, string> = { ...extraHeaders };
    if (errorStatus[error.code] === 429 && isRetryDetails(error.details)) {
      headers['Retry-After'] = String(error.details.retryAfterSeconds);
    }
    return privateJson(errorBody(error.code, error.message, error.details), errorStatus[error.code], headers);
  }
  if (error instanceof ZodError) {
    const details = zodDetails(error);
    const first = details[0];
    const message = first ? `Invalid ${first.field}: ${first.problem}` : 'The request is not valid.';
    return privateJson(
      errorBody('invalid_request', message, details),
      errorStatus.invalid_request,
      extraHeaders,
    );
  }
  console.error('Unhandled error while answering a request:', error);
  return privateJson(
    errorBody('internal_error', 'Something went wrong on our side. Please try again in a moment.'),
    500,
    extraHeaders,
  );
}

function isRetryDetails(value: unknown): value is { retryAfterSeconds: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { retryAfterSeconds?: unknown }).retryAfterSeconds === 'number'
  );
}

/** Wraps a route handler so every failure becomes a JSON error from `errorResponse`. */
export function handle<A extends unknown[]>(
  fn: (request: Request, ...rest: A) => Promise<Response> | Response,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await fn(request, ...rest);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
