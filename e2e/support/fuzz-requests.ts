import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { METHODS } from 'node:http';
import fc from 'fast-check';

/** A route as a template: `/api/v1/incidents/:id/updates`, `/api/:rest*`. */
export type RouteTemplate = string;

/** Every route and page under app/ (route groups dropped, [param] → :param) and every path of the OpenAPI document. */
export function discoverRoutes(root: string): RouteTemplate[] {
  const app = join(root, 'app');
  const routes = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/^(route\.ts|page\.tsx)$/.test(name)) {
        const segments = relative(app, dir)
          .split(sep)
          .filter((s) => s && !/^\(.*\)$/.test(s))
          .map((s) => s.replace(/^\[\.\.\.(\w+)\]$/, ':$1*').replace(/^\[(\w+)\]$/, ':$1'));
        routes.add(`/${segments.join('/')}`);
      }
    }
  };
  walk(app);
  const openapi = join(root, 'docs', 'openapi.json');
  if (existsSync(openapi)) {
    const doc = JSON.parse(readFileSync(openapi, 'utf8')) as { paths?: Record<string, unknown> };
    for (const path of Object.keys(doc.paths ?? {})) routes.add(path.replace(/\{(\w+)\}/g, ':$1'));
  }
  for (const ops of ['/healthz', '/readyz', '/metrics']) routes.add(ops);
  return [...routes].sort();
}

export interface FuzzRequest {
  method: string;
  /** The route template the path was made from, or `(random)`. */
  route: RouteTemplate;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
  /** Carries the valid admin token or the staff member's session cookie. */
  authorised: boolean;
}

const printable = fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '?'));
/** Text no field may hold (NUL, half a surrogate pair) or that is easy to get wrong (controls, bidi, astral). */
const awkward = fc.constantFrom(
  '\0',
  'a\u0000b',
  '\u0001\u001f\u007f',
  'x\ud800',
  '\udc00y',
  '\u202eevil',
  '😀',
  'line\r\nbreak',
);
/** Mostly printable text; one value in five is awkward. */
const text = fc.oneof({ weight: 4, arbitrary: printable }, { weight: 1, arbitrary: awkward });
const segmentValue = fc.oneof(
  fc.constantFrom(
    'inc_1',
    'abc',
    '0',
    '-1',
    '..',
    '%2e%2e',
    '%00',
    '%ff',
    'x'.repeat(300),
    '__proto__',
    'constructor',
    'api',
    // Shaped like a signed subscription link's token (purpose, subscriber, nonce, expiry, signature), not valid.
    `c.sub_fuzz.nonce.zz.${'A'.repeat(32)}`,
    `u.${'x'.repeat(20)}.n.1.${'-'.repeat(32)}`,
  ),
  fc.string({ minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(s)),
  fc.date({ noInvalidDate: true }).map((d) => encodeURIComponent(d.toISOString())),
);

function fill(template: string) {
  const parts = template
    .split('/')
    .map((part) =>
      part.startsWith(':')
        ? part.endsWith('*')
          ? fc.array(segmentValue, { minLength: 1, maxLength: 3 }).map((a) => a.join('/'))
          : segmentValue
        : fc.constant(part),
    );
  return fc.tuple(...parts).map((p) => p.join('/') || '/');
}

/** Query keys beside those docs/openapi.json names: the page's own, the framework's, a prototype key. */
const otherQueryKeys = ['month', 'page', 'style', 'status', '__proto__', '_rsc'];
/** Up to four query pairs, keyed by `names` (every documented parameter), a few others or printable noise. */
const queryOf = (names: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...names, ...otherQueryKeys), printable),
        fc.oneof(
          text,
          fc.constantFrom(
            'nb',
            'Europe/Oslo',
            '2026-13-45',
            'x'.repeat(1500),
            'x'.repeat(5000),
            'x'.repeat(9000),
          ),
        ),
      ),
      {
        maxLength: 4,
      },
    )
    .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ''));

/** Sign-ups, webhooks, confirmations, templates and page texts: the shapes the subscription and text routes read. */
const subscriptionBodies = fc
  .record(
    {
      type: fc.constantFrom('email', 'webhook', 'sms', '__proto__'),
      email: fc.oneof(text, fc.constantFrom('reader@example.com', 'a@b', `${'x'.repeat(300)}@example.com`)),
      // IP literals only: a host name would wait on a resolver this machine may not have.
      url: fc.oneof(
        text,
        fc.constantFrom(
          'https://203.0.113.9/hook',
          'http://127.0.0.1:1/x',
          'https://10.0.0.1/x',
          'ftp://[::1]/',
        ),
      ),
      components: fc.oneof(fc.array(fc.constantFrom('api', 'crm-online', 'nope', '__proto__')), text),
      lang: fc.constantFrom('nb', 'de', 'xx', ''),
      timeZone: fc.constantFrom('Asia/Tokyo', 'Europe/Oslo', 'Mars/Base', ''),
      format: fc.constantFrom('statuspage', 'slack', 'teams', 'html'),
      token: text,
      notify: fc.oneof(fc.boolean(), text),
      name: text,
      description: text,
      translations: fc.oneof(
        fc.constant({ nb: { name: 'Navn', body: 'Tekst' }, de: { name: '' } }),
        fc.dictionary(text, text, { maxKeys: 3 }),
      ),
    },
    { requiredKeys: [] },
  )
  .map((r) => Buffer.from(JSON.stringify(r)));

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const bodies = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(JSON.stringify(v))) },
  {
    weight: 3,
    arbitrary: fc
      .record(
        {
          name: text,
          // Often valid, so the text fields beside them reach the store's own checks.
          status: fc.oneof(text, fc.constantFrom('investigating', 'identified', 'resolved')),
          impact: fc.oneof(text, fc.constantFrom('none', 'minor', 'major')),
          body: text,
          email: text,
          password: text,
        },
        { requiredKeys: ['name', 'status', 'impact', 'body'] },
      )
      .map((r) => Buffer.from(JSON.stringify(r))),
  },
  { weight: 3, arbitrary: subscriptionBodies },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        'List-Unsubscribe=One-Click',
        'List-Unsubscribe=Nope&__proto__=1',
        'email=reader%40example.com&components=api&lang=nb&timeZone=Asia%2FTokyo',
      )
      .map((b) => Buffer.from(b)),
  },
  {
    weight: 2,
    arbitrary: fc.constant(Buffer.from('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((d) => Buffer.from(deep(d))) },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 200 })
      .map((a) => Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3]), a])),
  },
  { weight: 1, arbitrary: fc.constant(null).map(() => Buffer.alloc(3 * 1024 * 1024, 'a')) },
);

const headerSets = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      '*/*; q=garbage',
    ),
    'accept-language': fc.oneof(printable, fc.constantFrom('nb', 'de-DE,de;q=0.9', '*;q=0')),
    cookie: fc.oneof(
      printable,
      fc.constantFrom('session=garbage', 'lang=nb; tz=Nowhere/City', 'theme=dark; hours=99-1', '__proto__=1'),
    ),
    'if-match': fc.oneof(printable, fc.constantFrom('"1"', 'W/"x"', '*')),
    'if-none-match': printable,
    origin: fc.constantFrom('http://evil.example', 'null', 'http://127.0.0.1'),
    rsc: fc.constant('1'),
    'next-router-state-tree': printable,
    'next-action': printable,
    range: fc.constantFrom('bytes=0-10', 'bytes=garbage'),
    'x-forwarded-for': printable,
  },
  { requiredKeys: [] },
);

/** `token`: an admin API token; `sessionCookie`: a signed-in staff member's cookie (name=value). */
export function fuzzRequests(
  routes: RouteTemplate[],
  queryNames: string[],
  token: string,
  sessionCookie: string,
) {
  const method = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS') },
    { weight: 1, arbitrary: fc.constantFrom(...METHODS.filter((m) => m !== 'CONNECT')) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{1,10}$/) },
  );
  const path = fc.oneof(
    {
      weight: 9,
      arbitrary: fc.constantFrom(...routes).chain((route) => fill(route).map((p) => ({ route, path: p }))),
    },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 60 }).map((s) => ({ route: '(random)', path: `/${encodeURI(s)}` })),
    },
  );
  const auth = fc.constantFrom('none', 'valid', 'session', 'garbage', 'basic');
  return fc
    .record({
      method,
      path,
      query: queryOf(queryNames),
      headers: headerSets,
      body: bodies,
      auth,
      prefix: fc.constantFrom('', '', '', '/nb', '/de'),
    })
    .map((r): FuzzRequest => {
      const headers: Record<string, string> = { ...r.headers };
      if (r.auth === 'valid') headers.authorization = `Bearer ${token}`;
      if (r.auth === 'garbage') headers.authorization = 'Bearer not-a-token';
      if (r.auth === 'basic') headers.authorization = 'Basic YWRtaW46YWRtaW4=';
      if (r.auth === 'session') headers.cookie = `${sessionCookie}; ${headers.cookie ?? ''}`;
      const withPrefix = r.path.path.startsWith('/api') ? r.path.path : `${r.prefix}${r.path.path}`;
      const body = r.method === 'GET' || r.method === 'HEAD' ? null : r.body;
      return {
        method: r.method,
        route: r.path.route,
        path: `${withPrefix}${r.query}`,
        headers,
        body,
        authorised: r.auth === 'valid' || r.auth === 'session',
      };
    });
}

/** Every query parameter docs/openapi.json names. */
export function queryParameterNames(root: string): string[] {
  const doc = JSON.parse(readFileSync(join(root, 'docs', 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, { parameters?: { $ref?: string; in?: string; name?: string }[] }>>;
    components?: { parameters?: Record<string, { in: string; name: string }> };
  };
  const names = new Set<string>();
  for (const operations of Object.values(doc.paths))
    for (const operation of Object.values(operations))
      for (const p of operation.parameters ?? []) {
        const parameter = p.$ref ? doc.components?.parameters?.[p.$ref.split('/').pop() ?? ''] : p;
        if (parameter?.in === 'query' && parameter.name) names.add(parameter.name);
      }
  return [...names].sort();
}

/**
 * Not random: every route, with every common method and an authorised caller, with text no store can hold in
 * each place a request carries text: U+0000 in the path and in the documented query parameters (`%00`, all at
 * once and one at a time), half a surrogate pair as UTF-8 in the path, and both in the fields of JSON bodies
 * shaped like an incident, a sign-up, and everything at once.
 */
export function unstorableTextRequests(
  routes: RouteTemplate[],
  names: string[],
  token: string,
): FuzzRequest[] {
  const queryOf = (pairs: string[][]) => `?${new URLSearchParams(pairs).toString()}`;
  const value = (i: number) => (i % 2 === 0 ? 'a\u0000b' : 'a\ud800b');
  const fields = ['name', 'body', 'message', 'email', 'url', 'description', 'reason', 'token', 'password'];
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const everything = json({
    ...Object.fromEntries(fields.map((f, i) => [f, value(i)])),
    status: 'investigating',
    impact: 'minor',
    type: 'email',
    translations: { 'nb\u0000': { name: value(1) } },
  });
  const shaped = [
    json({ name: value(0), status: 'investigating', impact: 'minor', body: 'x' }),
    json({ name: 'x', status: 'investigating', impact: 'minor', body: value(1) }),
    json({ type: 'email', email: `${value(0)}@example.com` }),
  ];
  const requests: FuzzRequest[] = [];
  const add = (method: string, route: string, path: string, body: Buffer | null) =>
    requests.push({
      method,
      route,
      path,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: method === 'GET' || method === 'HEAD' ? null : body,
      authorised: true,
    });
  const fill = (route: string, segment: string) => route.replace(/:\w+\*?/g, segment);
  for (const route of routes) {
    for (const segment of ['%00', 'inc_1%00', '%ED%A0%80'])
      for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])
        add(method, route, `${fill(route, segment)}${queryOf(names.map((n) => [n, 'x\0']))}`, everything);
    for (const name of names) add('GET', route, `${fill(route, 'x')}${queryOf([[name, 'x\0']])}`, null);
    for (const method of ['POST', 'PATCH'])
      for (const body of shaped) add(method, route, fill(route, 'x'), body);
  }
  return requests;
}
