import { DomainError } from '@/lib/core/errors';

const MAX_BODY_BYTES = 64 * 1024;

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

/**
 * A small HTML form body (application/x-www-form-urlencoded or multipart/form-data) as fields; an empty set for
 * any other type, a missing body or one over `maxBytes`.
 */
export async function readFormFields(request: Request, maxBytes = 8 * 1024): Promise<URLSearchParams> {
  const type = request.headers.get('content-type')?.toLowerCase() ?? '';
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (request.body === null || declared > maxBytes) return new URLSearchParams();
  if (type.startsWith('multipart/form-data') && request.headers.get('content-length') !== null) {
    const form = await request.formData().catch(() => null);
    const fields = new URLSearchParams();
    form?.forEach((value, key) => {
      if (typeof value === 'string') fields.append(key, value);
    });
    return fields;
  }
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return new URLSearchParams();
    }
    chunks.push(value);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
