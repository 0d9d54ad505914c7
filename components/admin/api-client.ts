import type { AreaTranslate } from '@/lib/i18n/translator';

/** The console's one way to write: same-origin JSON calls to /api/v1 with the session cookie. */
export interface ApiProblem {
  code: string;
  message: string;
  /** field path → what is wrong with it */
  fields: Record<string, string>;
  details?: unknown;
  status?: number;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

function fieldsFrom(details: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (Array.isArray(details)) {
    for (const item of details) {
      if (item && typeof item === 'object' && 'field' in item && 'problem' in item) {
        const field = String(item.field);
        fields[field] ??= String(item.problem);
      }
    }
  }
  return fields;
}

export async function callApi<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      problem: {
        code: 'network',
        message: 'The server could not be reached. Check your connection and try again.',
        fields: {},
      },
    };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as T };
  const error = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const problem: ApiProblem = {
    code: error?.code ?? `http_${response.status}`,
    message: error?.message ?? `The server answered ${response.status}.`,
    fields: fieldsFrom(error?.details),
    details: error?.details,
  };
  problem.status = response.status;
  if (response.status === 401 && path !== '/api/v1/auth/sign-in')
    problem.message = `${problem.message} Your input is still here; sign in again in another tab and retry.`;
  return { ok: false, problem };
}

/** The first problem reported for a field or any of its sub-fields (`components` matches `components.2.status`). */
export function fieldError(problem: ApiProblem | null, field: string): string | undefined {
  if (!problem) return undefined;
  if (problem.fields[field]) return problem.fields[field];
  const nested = Object.keys(problem.fields).find((key) => key.startsWith(`${field}.`));
  return nested ? problem.fields[nested] : undefined;
}

const explained = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'forbidden_origin',
  'not_found',
  'conflict',
  'payload_too_large',
  'insufficient_notice',
  'unprocessable',
  'too_many_requests',
  'store_unavailable',
  'internal_error',
] as const;

type ErrorText = AreaTranslate<'console'>;

/** Field problems the API words in English, read again in the staff member's language. */
function localizeField(problem: string, c: ErrorText): string {
  if (/must not be empty|required|needs a written reason/i.test(problem)) return c('errors.fields.required');
  const max = /at most ([\d,]+) characters/i.exec(problem)?.[1];
  if (max) return c('errors.fields.tooLong', { max: max.replace(/,/g, '') });
  return c('errors.fields.invalid');
}

/** An API problem in the staff member's words: the code decides the sentence, each field gets a short hint. */
export function localizeProblem(problem: ApiProblem, c: ErrorText): ApiProblem {
  const code = explained.find((known) => known === problem.code);
  const message =
    problem.code === 'network'
      ? c('errors.network')
      : code
        ? c(`errors.${code}`)
        : c('errors.http', { status: problem.status ?? 0 });
  const fields = Object.fromEntries(
    Object.entries(problem.fields).map(([field, text]) => [field, localizeField(text, c)]),
  );
  return { ...problem, message, fields };
}
