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
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('invalid_request', 'The request body is not valid JSON.');
  }
  const flaw = textFlawOf(body);
  if (flaw !== null) {
    throw new DomainError('invalid_request', `Invalid ${flaw.field}: text ${flaw.problem}.`, [flaw]);
  }
  return body;
}

/** U+0000, or half of a surrogate pair without its other half: not text, and PostgreSQL cannot store either. */
const UNSTORABLE = /\0|\p{Cs}/u;

function problemOf(text: string): string | null {
  const found = UNSTORABLE.exec(text)?.[0];
  if (found === undefined) return null;
  return found === '\0'
    ? 'may not contain U+0000 (NUL)'
    : `must be well-formed Unicode (a lone surrogate U+${found.charCodeAt(0).toString(16).toUpperCase()})`;
}

/**
 * The first string or key of a parsed JSON body that is not storable text, with its path (`updates.0.body`,
 * `(body)` for the top), or null. Such a write is refused whole, the same by either store. Walked without
 * recursion: a body may nest thousands of levels deep.
 */
export function textFlawOf(body: unknown): { field: string; problem: string } | null {
  interface Step {
    value: unknown;
    key: string;
    parent: Step | null;
  }
  const flaw = (step: Step, problem: string) => {
    const path: string[] = [];
    for (let at: Step | null = step; at?.parent; at = at.parent)
      path.push(JSON.stringify(at.key).slice(1, -1));
    return { field: path.length > 0 ? path.reverse().join('.') : '(body)', problem };
  };
  const pending: Step[] = [{ value: body, key: '', parent: null }];
  for (let step = pending.pop(); step !== undefined; step = pending.pop()) {
    const { value } = step;
    if (typeof value === 'string') {
      const problem = problemOf(value);
      if (problem) return flaw(step, problem);
    }
    if (typeof value !== 'object' || value === null) continue;
    const entries = Object.entries(value);
    for (const [key, item] of entries) {
      const problem = problemOf(key);
      if (problem) return flaw({ value: item, key, parent: step }, problem);
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i] as [string, unknown];
      pending.push({ value: item, key, parent: step });
    }
  }
  return null;
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
