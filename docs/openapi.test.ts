import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorCodes } from '@/lib/core/errors';
import { locales } from '@/lib/core/locales';
import * as vocab from '@/lib/core/vocab';
import { windowStatuses } from '@/lib/schedule/calendar';
import { HTTP_METHODS, OpenApiContract, loadOpenApiDocument } from '@/e2e/support/openapi-contract';
import { signInInputSchema, staffInputSchema, staffPatchSchema, tokenInputSchema } from '@/lib/auth/staff';
import { componentPatchInputSchema } from '@/lib/status/components';
import { pageTextsInputSchema } from '@/lib/status/page-texts';
import { templateInputSchema, templatePatchSchema } from '@/lib/status/templates';
import {
  incidentInputSchema,
  incidentUpdateInputSchema,
  postmortemInputSchema,
  resolveInputSchema,
} from '@/lib/status/incidents';
import {
  maintenanceInputSchema,
  maintenanceStatusInputSchema,
  occurrenceNoteInputSchema,
} from '@/lib/status/maintenances';
import { maintenanceRescheduleInputSchema } from '@/lib/status/maintenance-reschedule';
import { mailPreviewInputSchema } from '@/lib/notify/preview';
import {
  confirmSubscriptionSchema,
  manageSubscriptionSchema,
  staffSubscriptionPatchSchema,
  staffSubscriptionSchema,
} from '@/lib/notify/subscription-input';

/**
 * docs/openapi.json is the contract of the HTTP API: a valid OpenAPI 3.1 document, one path per route file and
 * one operation per exported method, request bodies as the zod schemas read them, vocabularies as lib/core has them.
 * A route added without its documentation fails here, naming what to add.
 */

const document = loadOpenApiDocument();
const contract = new OpenApiContract(document);
const DOC = 'docs/openapi.json';

/** Every route file of the app with the URL path Next serves it at (`[id]` → `{id}`, `[...path]` → `{path}`). */
function routeFiles(dir = 'app'): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (!/^route\.(ts|tsx|js)$/.test(entry.name)) return [];
    const segments = relative('app', dir)
      .split('/')
      .filter((s) => s !== '' && !/^\(.*\)$/.test(s))
      .map((s) => s.replace(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/, '{$1}'));
    return [{ file: full, path: `/${segments.join('/')}` }];
  });
}

const routes = routeFiles();

/** The zod schema each documented request body is parsed with. */
const requestSchemas: Record<string, z.ZodType> = {
  'POST /api/v1/incidents': incidentInputSchema,
  'POST /api/v1/incidents/{id}/updates': incidentUpdateInputSchema,
  'POST /api/v1/incidents/{id}/resolve': resolveInputSchema,
  'PUT /api/v1/incidents/{id}/postmortem': postmortemInputSchema,
  'PATCH /api/v1/components/{id}': componentPatchInputSchema,
  'POST /api/v1/templates': templateInputSchema,
  'PATCH /api/v1/templates/{id}': templatePatchSchema,
  'PATCH /api/v1/page': pageTextsInputSchema,
  'POST /api/v1/maintenances': maintenanceInputSchema,
  'PATCH /api/v1/maintenances/{id}': z.union([
    maintenanceStatusInputSchema,
    maintenanceRescheduleInputSchema,
  ]),
  'POST /api/v1/schedule/{ruleId}/occurrences/{start}/cancel': occurrenceNoteInputSchema,
  'PUT /api/v1/schedule/{ruleId}/occurrences/{start}/note': occurrenceNoteInputSchema,
  'POST /api/v1/staff': staffInputSchema,
  'PATCH /api/v1/staff/{id}': staffPatchSchema,
  'POST /api/v1/tokens': tokenInputSchema,
  'POST /api/v1/auth/sign-in': signInInputSchema,
  'POST /api/v1/subscriptions': staffSubscriptionSchema,
  'PATCH /api/v1/subscriptions/{id}': z.union([manageSubscriptionSchema, staffSubscriptionPatchSchema]),
  'POST /api/v1/subscriptions/confirm': confirmSubscriptionSchema,
  'POST /api/v1/notifications/preview': mailPreviewInputSchema,
};
const documentedMethods = (path: string) =>
  HTTP_METHODS.filter((m) => document.paths[path]?.[m] !== undefined).map((m) => m.toUpperCase());

describe(DOC, () => {
  it('is a valid OpenAPI 3.1 document whose every $ref resolves', async () => {
    const validator = new Validator();
    const result = await validator.validate(loadOpenApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has only schemas that compile as strict JSON Schema 2020-12 (no OpenAPI 3.0 keywords)', () => {
    const pointers = schemaPointers(document, '#');
    expect(pointers.length).toBeGreaterThan(100);
    const failures = pointers.flatMap((pointer) => {
      try {
        contract.compile(pointer);
        return [];
      } catch (error) {
        return [`${pointer}: ${error instanceof Error ? error.message : String(error)}`];
      }
    });
    expect(failures).toEqual([]);
    expect(JSON.stringify(document)).not.toContain('"nullable"');
  });

  it('documents the path of every route file under app/', () => {
    expect(routes.length).toBeGreaterThan(30);
    const missing = routes
      .filter((r) => document.paths[r.path] === undefined)
      .map((r) => `${r.file} serves ${r.path}: add paths["${r.path}"] to ${DOC}`);
    expect(missing).toEqual([]);
  });

  it('documents no path that no route file (or the file named by x-served-by) serves', () => {
    const served = new Set(routes.map((r) => r.path));
    const orphans = Object.entries(document.paths).flatMap(([path, item]) => {
      const servedBy = item['x-served-by'];
      if (typeof servedBy === 'string')
        return existsSync(servedBy) ? [] : [`${path}: x-served-by ${servedBy} does not exist`];
      return served.has(path) ? [] : [`${path} is in ${DOC} but no route file under app/ serves it`];
    });
    expect(orphans).toEqual([]);
  });

  it('documents exactly the methods each route file exports', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      const routeModule: Record<string, unknown> = await import(
        /* @vite-ignore */ join(process.cwd(), route.file)
      );
      const exported = HTTP_METHODS.map((m) => m.toUpperCase()).filter(
        (m) => typeof routeModule[m] === 'function',
      );
      const documented = documentedMethods(route.path);
      for (const method of exported.filter((m) => !documented.includes(m)))
        problems.push(`${method} ${route.path} (exported by ${route.file}) is missing from ${DOC}`);
      for (const method of documented.filter((m) => !exported.includes(m)))
        problems.push(`${method} ${route.path} is in ${DOC} but ${route.file} does not export ${method}`);
    }
    expect(problems).toEqual([]);
  });

  it('describes every JSON request body with the fields, limits and enums of its zod schema', () => {
    const resolve = (ref: string) => contract.resolve(ref).value;
    const problems = requestBodies().flatMap(({ operation, pointer, json }) => {
      if (!json) return [];
      const zodSchema = requestSchemas[operation];
      if (!zodSchema)
        return [
          `${operation} has a request body: name its zod schema in requestSchemas of docs/openapi.test.ts`,
        ];
      const code = z.toJSONSchema(zodSchema, { io: 'input', unrepresentable: 'any' });
      const documented = { $ref: `${pointer}/content/application~1json/schema` };
      return differences(factsOf(code, resolve), factsOf(documented, resolve), 'body').map(
        (d) => `${operation} ${d}`,
      );
    });
    expect(problems).toEqual([]);
  });

  it.each([
    ['ComponentStatus', vocab.componentStatuses],
    ['IncidentStatus', vocab.incidentStatuses],
    ['Impact', vocab.impacts],
    ['MaintenanceStatus', vocab.maintenanceStatuses],
    ['Indicator', vocab.indicators],
    ['RuleStatus', vocab.ruleStatuses],
    ['StaffRole', vocab.staffRoles],
    ['WindowStatus', windowStatuses],
    ['Locale', locales],
    ['ErrorCode', errorCodes],
  ])('lists the %s values the code has', (name, values) => {
    expect(document.components.schemas[name]?.enum).toEqual([...values]);
  });
});

/** Every documented operation with a request body, and the pointer of that (resolved) requestBody. */
function requestBodies(): { operation: string; pointer: string; json: boolean }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => {
      const operation = item[m];
      return typeof operation === 'object' && operation !== null && 'requestBody' in operation;
    }).map((m) => {
      const found = contract.resolve(
        `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${m}/requestBody`,
      );
      const content = (found.value as { content?: Record<string, unknown> }).content ?? {};
      // A form body (the one-click unsubscribe) has no zod schema to compare; JSON bodies all do.
      return {
        operation: `${m.toUpperCase()} ${path}`,
        pointer: found.pointer,
        json: 'application/json' in content,
      };
    }),
  );
}

/** JSON pointers of every schema in the document: components/schemas and each `schema` of a parameter, header or media type. */
function schemaPointers(node: unknown, pointer: string): string[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (pointer === '#/components/schemas' || key === 'schema') return [child];
    return schemaPointers(value, child);
  });
}

type Schema = Record<string, unknown>;
const BOUNDS = ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const;

/** What a schema promises, in terms both zod's JSON Schema export and the document use. */
interface Facts {
  types: string[];
  enum?: string;
  bounds: Partial<Record<(typeof BOUNDS)[number], unknown>>;
  properties?: Record<string, Facts>;
  required?: string;
  closed?: boolean;
  items?: Facts;
}

function factsOf(schema: unknown, resolve: (ref: string) => Schema): Facts {
  let s: Schema = typeof schema === 'object' && schema !== null ? { ...schema } : {};
  while (typeof s.$ref === 'string') {
    const { $ref, ...siblings } = s;
    s = { ...resolve($ref), ...siblings };
  }
  const branches = [s.anyOf, s.oneOf].find(Array.isArray);
  if (branches) {
    const parts = branches.map((b) => factsOf(b, resolve));
    const main = parts.find((p) => p.types.join() !== 'null') ?? parts[0];
    return { ...(main ?? { bounds: {} }), types: [...new Set(parts.flatMap((p) => p.types))].sort() };
  }
  const types = Array.isArray(s.type) ? s.type.map(String) : typeof s.type === 'string' ? [s.type] : [];
  const properties = typeof s.properties === 'object' && s.properties !== null ? s.properties : undefined;
  return {
    types,
    enum: Array.isArray(s.enum) ? JSON.stringify([...s.enum].sort()) : undefined,
    bounds: Object.fromEntries(BOUNDS.filter((b) => s[b] !== undefined).map((b) => [b, s[b]])),
    properties:
      properties && Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, factsOf(v, resolve)])),
    required: properties && JSON.stringify(Array.isArray(s.required) ? [...s.required].sort() : []),
    closed: properties && s.additionalProperties === false,
    items: s.items === undefined ? undefined : factsOf(s.items, resolve),
  };
}

/** Where the document promises something else than the code: the document may add limits zod cannot export. */
function differences(code: Facts, doc: Facts, at: string): string[] {
  const out: string[] = [];
  const say = (what: string, a: unknown, b: unknown) =>
    out.push(`${at}: ${what} is ${String(a)} in the code but ${String(b)} in ${DOC}`);
  if (code.types.join() !== doc.types.join()) say('type', code.types, doc.types);
  if (code.enum !== undefined && code.enum !== doc.enum) say('enum', code.enum, doc.enum);
  for (const [bound, value] of Object.entries(code.bounds))
    if (doc.bounds[bound as keyof Facts['bounds']] !== value)
      say(bound, value, doc.bounds[bound as keyof Facts['bounds']]);
  if (code.required !== doc.required) say('required', code.required, doc.required);
  if (code.closed !== doc.closed) say('additionalProperties: false', code.closed, doc.closed);
  const names = new Set([...Object.keys(code.properties ?? {}), ...Object.keys(doc.properties ?? {})]);
  for (const name of names) {
    const [c, d] = [code.properties?.[name], doc.properties?.[name]];
    if (!c || !d) say(`field ${name}`, c ? 'present' : 'absent', d ? 'present' : 'absent');
    else out.push(...differences(c, d, `${at}.${name}`));
  }
  if (code.items && doc.items) out.push(...differences(code.items, doc.items, `${at}[]`));
  return out;
}
