import type { APIRequestContext, APIResponse } from '@playwright/test';
import { DOCUMENT_FILE, OpenApiContract, loadOpenApiDocument } from './openapi-contract';

/**
 * Live answers held to docs/openapi.json. One line per case:
 *   await conforming(request, 'GET', '/api/v2/summary.json');
 *   await conforming(request, 'POST', '/api/v1/incidents', { headers: auth, data, status: 201 });
 * The request body (when JSON) is checked against the documented requestBody too; every check is counted, so a
 * spec can tell which documented operations no live answer has exercised yet.
 */

export const contract = new OpenApiContract(loadOpenApiDocument());
const validated = new Map<string, number>();

export interface ConformingOptions {
  headers?: Record<string, string>;
  data?: unknown;
  /** The status the case expects; the answer must have it (and conform). */
  status?: number;
  /** Skip the request-body check, for cases that send a body the document forbids on purpose. */
  invalidRequest?: boolean;
}

/** Throws, listing every disagreement, unless the answer conforms to the operation it came from. */
export async function expectConforms(method: string, response: APIResponse, status?: number): Promise<void> {
  const path = new URL(response.url()).pathname;
  const body = method.toUpperCase() === 'HEAD' ? '' : (await response.body()).toString('utf8');
  const problems = contract.problems({
    method,
    path,
    status: response.status(),
    headers: response.headers(),
    body,
  });
  if (status !== undefined && response.status() !== status)
    problems.unshift(`${method} ${path} answered ${response.status()}, expected ${status}`);
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n--- body: ${body.slice(0, 600)}`);
  const found = contract.locate(method, path);
  if (found) {
    const key = `${found.method.toUpperCase()} ${found.template}`;
    validated.set(key, (validated.get(key) ?? 0) + 1);
  }
}

/** Throws unless a JSON request body is one the document accepts. */
export function expectRequestConforms(method: string, path: string, data: unknown): void {
  const problems = contract.requestProblems(method, path, data);
  if (problems.length > 0) throw new Error(`request to ${method} ${path}:\n${problems.join('\n')}`);
}

/** Sends a request, checks its body against the document, and checks the answer; returns the answer. */
export async function conforming(
  request: APIRequestContext,
  method: string,
  path: string,
  options: ConformingOptions = {},
): Promise<APIResponse> {
  if (options.data !== undefined && !options.invalidRequest)
    expectRequestConforms(method, path, options.data);
  const response = await request.fetch(path, { method, headers: options.headers, data: options.data });
  await expectConforms(method, response, options.status);
  return response;
}

/** How many live answers have been validated, in total and per documented operation. */
export function validatedAnswers(): { total: number; byOperation: ReadonlyMap<string, number> } {
  return { total: [...validated.values()].reduce((a, b) => a + b, 0), byOperation: validated };
}

/** Documented operations no live answer has exercised, with a hint where to add one. */
export function unexercisedOperations(): string[] {
  return contract
    .operations()
    .filter((op) => !validated.has(op))
    .map((op) => `${op} (in ${DOCUMENT_FILE}) has no live answer checked: add a case to e2e/openapi.spec.ts`);
}
