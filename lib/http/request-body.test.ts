import { describe, expect, it } from 'vitest';
import { isDomainError } from '@/lib/core/errors';
import { readJsonBody, textFlawOf } from '@/lib/http/request-body';

const post = (body: string) =>
  new Request('http://status.test/api/v1/incidents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

async function refusal(body: string) {
  const error = await readJsonBody(post(body)).then(
    () => null,
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { code: error.code, message: error.message, details: error.details };
}

describe('readJsonBody', () => {
  it('reads a JSON body as it is', async () => {
    await expect(readJsonBody(post('{"name":"Login \\u00e6","n":[1,{"a":null}]}'))).resolves.toEqual({
      name: 'Login æ',
      n: [1, { a: null }],
    });
  });

  it('refuses U+0000 in any string or key with 400 invalid_request naming the field', async () => {
    expect(await refusal('{"name":"a\\u0000b"}')).toEqual({
      code: 'invalid_request',
      message: 'Invalid name: text may not contain U+0000 (NUL).',
      details: [{ field: 'name', problem: 'may not contain U+0000 (NUL)' }],
    });
    expect((await refusal('{"updates":[{"body":"ok"},{"body":"\\u0000"}]}')).details).toEqual([
      { field: 'updates.1.body', problem: 'may not contain U+0000 (NUL)' },
    ]);
    expect((await refusal('{"translations":{"nb\\u0000":{"name":"x"}}}')).details).toEqual([
      { field: 'translations.nb\\u0000', problem: 'may not contain U+0000 (NUL)' },
    ]);
    expect((await refusal('"\\u0000"')).details).toEqual([
      { field: '(body)', problem: 'may not contain U+0000 (NUL)' },
    ]);
  });

  it('refuses half of a surrogate pair, naming the field, and reads a whole pair', async () => {
    expect(await refusal('{"name":"ok","body":"x\\ud800y"}')).toEqual({
      code: 'invalid_request',
      message: 'Invalid body: text must be well-formed Unicode (a lone surrogate U+D800).',
      details: [{ field: 'body', problem: 'must be well-formed Unicode (a lone surrogate U+D800)' }],
    });
    expect((await refusal('{"a":{"\\udc00":1}}')).details).toEqual([
      { field: 'a.\\udc00', problem: 'must be well-formed Unicode (a lone surrogate U+DC00)' },
    ]);
    await expect(readJsonBody(post('{"name":"\\ud83d\\ude00"}'))).resolves.toEqual({ name: '😀' });
  });

  it('reads an escaped backslash before u0000 as text, not as NUL', async () => {
    await expect(readJsonBody(post('{"name":"C:\\\\u0000"}'))).resolves.toEqual({ name: 'C:\\u0000' });
  });

  it('still refuses what is not JSON, empty or too large', async () => {
    expect((await refusal('{"name":')).message).toBe('The request body is not valid JSON.');
    expect((await refusal('  ')).code).toBe('invalid_request');
    expect((await refusal(`"${'x'.repeat(70_000)}"`)).code).toBe('payload_too_large');
  });
});

describe('textFlawOf', () => {
  it('walks a body nested 30,000 levels deep without running out of stack', () => {
    const depth = 30_000;
    const deep = JSON.parse(`${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`) as unknown;
    expect(textFlawOf(deep)?.field).toBe(Array.from({ length: depth }, () => '0').join('.'));
    expect(textFlawOf(JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`))).toBeNull();
  });

  it('finds nothing in numbers, booleans, null and clean text', () => {
    expect(textFlawOf({ a: 1, b: true, c: null, d: ['x', { e: 'y æ 😀' }] })).toBeNull();
    expect(textFlawOf(null)).toBeNull();
  });
});
