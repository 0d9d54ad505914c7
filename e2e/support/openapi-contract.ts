import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * docs/openapi.json as a contract a live answer can be held to: find the operation for a method and a concrete
 * path, its response for the status, then validate headers and body with Ajv. OpenAPI 3.1 schemas are JSON Schema
 * 2020-12, so Ajv's 2020 dialect in strict mode reads them as they are written.
 */

export const DOCUMENT_FILE = 'docs/openapi.json';
export const HTTP_METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options'] as const;

type JsonObject = { [key: string]: unknown };
export interface OpenApiDocument extends JsonObject {
  paths: Record<string, JsonObject>;
  components: JsonObject & { schemas: Record<string, JsonObject> };
}

/** What a check needs to know about an answer; header names in lower case. */
export interface LiveAnswer {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface Located {
  template: string;
  method: string;
  operation: JsonObject;
}

// Top-level members of an OpenAPI document, so that Ajv accepts the whole document as the root of its $refs.
const DOCUMENT_KEYWORDS = [
  'openapi',
  'info',
  'servers',
  'paths',
  'components',
  'security',
  'tags',
  'webhooks',
];
const DOCUMENT_ID = 'openapi.json';

export function loadOpenApiDocument(root = process.cwd()): OpenApiDocument {
  return JSON.parse(readFileSync(join(root, DOCUMENT_FILE), 'utf8')) as OpenApiDocument;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null;

export class OpenApiContract {
  private readonly ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly matchers: { template: string; pattern: RegExp; rank: number }[];

  constructor(readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addVocabulary(DOCUMENT_KEYWORDS);
    this.ajv.addSchema(document, DOCUMENT_ID);
    this.matchers = Object.entries(document.paths)
      .map(([template, item]) => matcherFor(template, item['x-catch-all'] === true))
      .sort((a, b) => a.rank - b.rank);
  }

  /** Every documented operation as `METHOD /path/{param}`. */
  operations(): string[] {
    return Object.entries(this.document.paths).flatMap(([template, item]) =>
      HTTP_METHODS.filter((m) => isObject(item[m])).map((m) => `${m.toUpperCase()} ${template}`),
    );
  }

  /** The operation that serves a concrete path: concrete segments before parameters, a catch-all last. */
  locate(method: string, path: string): Located | null {
    const matcher = this.matchers.find((m) => m.pattern.test(path));
    const operation = matcher && this.document.paths[matcher.template]?.[method.toLowerCase()];
    return matcher && isObject(operation)
      ? { template: matcher.template, method: method.toLowerCase(), operation }
      : null;
  }

  /** Everything about a live answer that disagrees with the document, as sentences (empty when it conforms). */
  problems(answer: LiveAnswer): string[] {
    const name = `${answer.method.toUpperCase()} ${answer.path}`;
    const found = this.locate(answer.method, answer.path);
    if (!found) return [`${name} is not documented in ${DOCUMENT_FILE}`];
    const base = `#/paths/${escapePointer(found.template)}/${found.method}/responses`;
    const responses = this.resolve(base);
    const key = [String(answer.status), `${String(answer.status)[0]}XX`, 'default'].find(
      (k) => responses.value[k] !== undefined,
    );
    if (!key) return [`${name} answered ${answer.status}, a status not documented for ${found.template}`];
    const response = this.resolve(`${responses.pointer}/${escapePointer(key)}`);
    return [
      ...this.headerProblems(response, answer).map((p) => `${name} ${answer.status}: ${p}`),
      ...this.bodyProblems(response, answer).map((p) => `${name} ${answer.status}: ${p}`),
    ];
  }

  /** Problems of a request body against the operation's documented requestBody (JSON only). */
  requestProblems(method: string, path: string, body: unknown): string[] {
    const found = this.locate(method, path);
    if (!found) return [`${method.toUpperCase()} ${path} is not documented in ${DOCUMENT_FILE}`];
    if (found.operation.requestBody === undefined) return [`${found.template} documents no request body`];
    const requestBody = this.resolve(
      `#/paths/${escapePointer(found.template)}/${found.method}/requestBody`,
    ).pointer;
    return this.schemaProblems(`${requestBody}/content/application~1json/schema`, body, 'request body');
  }

  /** Compiles one schema by its JSON pointer in the document (throws on an unknown keyword or a bad $ref). */
  compile(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.compiled.set(pointer, validate);
    }
    return validate;
  }

  /** The object at a pointer, following a `$ref` there (responses, parameters, headers are often references). */
  resolve(pointer: string): { pointer: string; value: JsonObject } {
    const value = pointer
      .slice(2)
      .split('/')
      .filter((s) => s !== '')
      .reduce<unknown>(
        (node, s) => (isObject(node) ? node[s.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
        this.document,
      );
    if (!isObject(value)) throw new Error(`${DOCUMENT_FILE} has nothing at ${pointer}`);
    return typeof value.$ref === 'string' ? this.resolve(value.$ref) : { pointer, value };
  }

  private headerProblems(response: { pointer: string; value: JsonObject }, answer: LiveAnswer): string[] {
    const documented = isObject(response.value.headers) ? Object.keys(response.value.headers) : [];
    return documented.flatMap((name) => {
      const header = this.resolve(`${response.pointer}/headers/${escapePointer(name)}`);
      const live = answer.headers[name.toLowerCase()];
      if (live === undefined) return header.value.required === true ? [`header ${name} is missing`] : [];
      return this.schemaProblems(`${header.pointer}/schema`, live, `header ${name}`);
    });
  }

  private bodyProblems(response: { pointer: string; value: JsonObject }, answer: LiveAnswer): string[] {
    const content = isObject(response.value.content) ? response.value.content : {};
    const types = Object.keys(content);
    if (types.length === 0 || answer.body === '')
      return types.length === 0 && answer.body !== '' ? ['has a body, but none is documented'] : [];
    const contentType = (answer.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    if (!types.includes(contentType))
      return [`Content-Type ${contentType} is not one of ${types.join(', ')}`];
    const schema = `${response.pointer}/content/${escapePointer(contentType)}/schema`;
    if (!/^application\/(?:.+\+)?json$/.test(contentType))
      return this.schemaProblems(schema, answer.body, 'body');
    try {
      return this.schemaProblems(schema, JSON.parse(answer.body) as unknown, 'body');
    } catch {
      return ['the body is not JSON'];
    }
  }

  private schemaProblems(pointer: string, value: unknown, what: string): string[] {
    const validate = this.compile(pointer);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${what}${e.instancePath || ''} ${e.message ?? 'is invalid'} (${e.schemaPath})`,
    );
  }
}

function matcherFor(
  template: string,
  catchAll: boolean,
): { template: string; pattern: RegExp; rank: number } {
  const segments = template.split('/');
  const last = segments.length - 1;
  const params = segments.filter((s) => /^\{[^}]+\}$/.test(s)).length;
  const source = segments
    .map((s, i) =>
      /^\{[^}]+\}$/.test(s)
        ? catchAll && i === last
          ? '.+'
          : '[^/]+'
        : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return { template, pattern: new RegExp(`^${source}$`), rank: (catchAll ? 1000 : 0) + params };
}
