import { createHash } from 'node:crypto';
import { ZodError } from 'zod';
import { DomainError, errorStatus, isDomainError, type ErrorCode } from '@/lib/api/errors';

/**
 * Public responses may sit in a browser or CDN for one second and be served stale while revalidating;
 * a write is therefore visible from this server at once and through any CDN within about a second,
 * and a CDN can keep answering from its copy if the origin is down.
 */
export const PUBLIC_CACHE_CONTROL =
  'public, max-age=1, s-maxage=1, stale-while-revalidate=10, stale-if-error=86400';
export const PRIVATE_NO_STORE = 'private, no-store';

export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when an If-None-Match header lists this ETag (or `*`); weak validators compare by their opaque part. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const t = candidate.trim();
    return t === '*' || t === etag || t.replace(/^W\//, '') === etag;
  });
}

export interface PublicResponseOptions {
  contentType: string;
  /** Adds `Access-Control-Allow-Origin: *` (the API and feeds). */
  cors?: boolean;
  status?: number;
  headers?: Record<string, string>;
}

/** A cacheable public response: strong ETag, Cache-Control, 304 when the client already has these bytes. */
export function publicResponse(request: Request, body: string, options: PublicResponseOptions): Response {
  const etag = strongEtag(body);
  const headers = new Headers({
    'Content-Type': options.contentType,
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    ETag: etag,
    Vary: 'Accept-Encoding',
    ...options.headers,
  });
  if (options.cors) headers.set('Access-Control-Allow-Origin', '*');
  if ((options.status ?? 200) === 200 && etagMatches(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: options.status ?? 200, headers });
}

export function publicJson(request: Request, data: unknown, headers?: Record<string, string>): Response {
  return publicResponse(request, JSON.stringify(data), {
    contentType: 'application/json; charset=utf-8',
    cors: true,
    headers,
  });
}

/** A private JSON answer (staff API, errors): never cached anywhere. */
export function privateJson(data: unknown, status = 200, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': PRIVATE_NO_STORE,
      ...headers,
    },
  });
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Zod issues as `details`: which field, and why. */
export function zodDetails(error: ZodError): { field: string; problem: string }[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    problem: issue.message,
  }));
}

/** The one place that turns any thrown value into an HTTP answer; unknown failures never leak a stack. */
export function errorResponse(error: unknown, extraHeaders?: Record<string, string>): Response {
  if (isDomainError(error)) {
    const headers: Record<string, string> = { ...extraHeaders };
    if (error.code === 'too_many_requests' && isRetryDetails(error.details)) {
      headers['Retry-After'] = String(error.details.retryAfterSeconds);
    }
    return privateJson(errorBody(error.code, error.message, error.details), error.status, headers);
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

export const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON request body of at most 64 KB: 413 when larger, 400 when it is not JSON. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '')
    throw new DomainError('invalid_request', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('invalid_request', 'The request body is not valid JSON.');
  }
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError('payload_too_large', `The request body is larger than ${maxBytes / 1024} KB.`, {
    maxBytes,
  });
}

/** `If-Match: <revision>` (quotes allowed) → the revision number, or undefined when absent. */
export function parseIfMatch(request: Request): number | undefined {
  const raw = request.headers.get('if-match');
  if (raw === null || raw.trim() === '' || raw.trim() === '*') return undefined;
  const value = raw.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (!/^\d+$/.test(value)) {
    throw new DomainError('invalid_request', 'If-Match must be a store revision number.', [
      { field: 'If-Match', problem: 'not a revision number' },
    ]);
  }
  return Number(value);
}
