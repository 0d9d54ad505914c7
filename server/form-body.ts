import type { IncomingMessage } from 'node:http';
import type { RequestHead } from '@/server/hot-variant';

const MULTIPART = /^multipart\/form-data\b/i;
const FORM_TYPE = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/** Whether the request's body is a form (as a browser posts one without JavaScript, or a mail client). */
export function hasFormBody(req: RequestHead): boolean {
  return FORM_TYPE.test(String(req.headers['content-type'] ?? ''));
}

/** A form posted to a page (an action, with or without JavaScript) whose body the framework parses as multipart. */
export function isPageMultipartPost(req: RequestHead): boolean {
  return (
    req.method === 'POST' &&
    !(req.url ?? '/').startsWith('/api/') &&
    MULTIPART.test(String(req.headers['content-type'] ?? ''))
  );
}

export type FormBody = { ok: true; body: Buffer } | { ok: false; status: 400 | 413; message: string };

/**
 * The whole body of a multipart form, read and parsed the way the framework will parse it: a malformed one
 * (no boundary, a broken part) is refused here, where the framework would answer a 500. Forms are small;
 * a body over `limit` bytes is refused without being kept.
 */
export async function readMultipartForm(req: IncomingMessage, limit: number): Promise<FormBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return { ok: false, status: 413, message: `The form is larger than ${Math.round(limit / 1024)} KB.` };
    }
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  try {
    await new Response(body, { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
    return { ok: true, body };
  } catch {
    return {
      ok: false,
      status: 400,
      message: 'The form could not be read: its multipart body is malformed.',
    };
  }
}
