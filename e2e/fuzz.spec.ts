import { METHODS, request } from 'node:http';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { E2E_API_TOKEN } from '../playwright.config';
import { startServer } from './support/server';
import { openStore, type StoreEnv } from './support/store';
import {
  discoverRoutes,
  fuzzRequests,
  queryParameterNames,
  unstorableTextRequests,
  type FuzzRequest,
} from './support/fuzz-requests';

/**
 * Every door, fuzzed: generated requests over every route and page (found in app/ and docs/openapi.json),
 * public and staff, with and without auth. No answer is a 5xx, the server keeps answering, a wrong method is
 * a JSON 405 with Allow, and the store's revision moves only for authorised writes.
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const CONCURRENCY = 8;
const FUZZ_PASSWORD = 'a long enough fuzz password';

interface Answer {
  status: number;
  allow?: string;
  type?: string;
  body: string;
}

function send(port: number, r: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      // A connection per request: each generated request is judged on its own.
      {
        host: '127.0.0.1',
        port,
        method: r.method,
        path: r.path,
        headers: r.headers,
        agent: false,
        // Browsers read far larger response headers than Node's 16 KB default (a redirect naming a long address).
        maxHeaderSize: 256 * 1024,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if ((size += c.length) < 4096) chunks.push(c);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            allow: res.headers.allow,
            type: res.headers['content-type'],
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error('no answer within 60 s')));
    req.on('error', reject);
    req.end(r.body ?? undefined);
  });
}

/** An editor's session cookie (`name=value`), made through the API the console signs in with. */
async function staffSession(baseURL: string): Promise<string> {
  const auth = { authorization: `Bearer ${E2E_API_TOKEN}`, 'content-type': 'application/json' };
  const member = { email: 'fuzz-editor@example.com', name: 'Fuzz', role: 'editor', password: FUZZ_PASSWORD };
  expect(
    (await fetch(`${baseURL}/api/v1/staff`, { method: 'POST', headers: auth, body: JSON.stringify(member) }))
      .status,
  ).toBe(201);
  const signIn = await fetch(`${baseURL}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL },
    body: JSON.stringify({ email: member.email, password: FUZZ_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('status_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] ?? '';
}

/** Where a request goes, for the counts: its route's first segments (`/api/v1/subscriptions`, `/admin/outbox`). */
function familyOf(route: string): string {
  const segments = route.split('/').filter(Boolean);
  return `/${segments.slice(0, segments[0] === 'api' ? 3 : 2).join('/')}`;
}

const VALID_WRITES = 20;
const VALID_ROUTE = '(valid write)';

/** A well-formed incident, posted with the admin token (even i) or the session cookie from our own origin. */
function validWrite(i: number, cookie: string, port: number): FuzzRequest {
  const auth: Record<string, string> =
    i % 2 === 0
      ? { authorization: `Bearer ${E2E_API_TOKEN}` }
      : { cookie, origin: `http://127.0.0.1:${port}` };
  const body = { name: `Fuzz ${i}`, status: 'investigating', impact: 'minor', body: 'Among the fuzz.' };
  return {
    method: 'POST',
    route: VALID_ROUTE,
    path: '/api/v1/incidents',
    headers: { 'content-type': 'application/json', ...auth },
    body: Buffer.from(JSON.stringify(body)),
    authorised: true,
  };
}

/** The store's revision now, read as the server's own CLI would (files or PostgreSQL). */
async function revisionOf(env: StoreEnv): Promise<number> {
  const store = openStore(env);
  await store.sync();
  return (await store.load()).doc.revision;
}

test('fuzz every door: no 5xx, still answering, JSON 405 with Allow, revision moves only for authorised writes', async () => {
  test.setTimeout(15 * 60_000);
  const routes = discoverRoutes(process.cwd());
  const queryNames = queryParameterNames(process.cwd());
  const server = await startServer({ portOffset: 66 });
  const port = Number(new URL(server.baseURL).port);
  try {
    const cookie = await staffSession(server.baseURL);
    const before = await revisionOf(server.storeEnv);
    const requests = fc.sample(fuzzRequests(routes, queryNames, E2E_API_TOKEN, cookie), {
      seed: SEED,
      numRuns: COUNT,
    });
    const unstorable = unstorableTextRequests(routes, queryNames, E2E_API_TOKEN);
    requests.push(...unstorable);
    // Valid writes among them, by token and by session: the revision must move for these.
    for (let i = 0; i < VALID_WRITES; i++)
      requests.splice(
        Math.floor(((i + 1) * requests.length) / (VALID_WRITES + 1)),
        0,
        validWrite(i, cookie, port),
      );
    const families = new Map<string, number>();
    for (const r of requests) {
      const family = familyOf(r.route);
      families.set(family, (families.get(family) ?? 0) + 1);
    }
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let authorisedWrites = 0;
    let validWritten = 0;
    let next = 0;
    const started = Date.now();
    const worker = async () => {
      while (next < requests.length) {
        const r = requests[next++] as FuzzRequest;
        const label = `${r.method} ${r.path.slice(0, 160)}`;
        try {
          const a = await send(port, r);
          statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
          if (a.status >= 500) failures.push(`${label} → ${a.status} ${a.body.slice(0, 200)}`);
          const json = r.method === 'HEAD' || a.body.includes('"method_not_allowed"');
          if (a.status === 405 && (!a.allow || !json))
            failures.push(`${label} → 405 without JSON or Allow (${a.type ?? 'no type'})`);
          const write = !['GET', 'HEAD', 'OPTIONS'].includes(r.method);
          if (write && r.authorised && a.status >= 200 && a.status < 300) authorisedWrites++;
          if (r.route === VALID_ROUTE && a.status === 201) validWritten++;
        } catch (error) {
          // A method the HTTP parser does not know is refused with a 400 and a closed connection.
          if (!METHODS.includes(r.method)) continue;
          // A body over the limit is refused (413, 405) before it is read; the client may still be writing it.
          const code = (error as NodeJS.ErrnoException).code;
          if ((r.body?.length ?? 0) > 1024 * 1024 && (code === 'EPIPE' || code === 'ECONNRESET')) continue;
          failures.push(`${label} → ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const moved = (await revisionOf(server.storeEnv)) - before;
    const counts = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.log(
      `fuzz seed ${SEED}: ${requests.length} requests (${unstorable.length} of them carrying U+0000 or half a ` +
        `surrogate pair in path, query and body) over ${routes.length} routes in ${Math.round((Date.now() - started) / 1000)} s; ` +
        `statuses ${counts}; ${authorisedWrites} authorised writes succeeded (${validWritten} of ${VALID_WRITES} ` +
        `well-formed ones), revision moved ${moved} (FUZZ_SEED=${SEED} repeats this run)`,
    );
    console.log(
      `fuzz requests by route family: ${[...families]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([f, n]) => `${f}×${n}`)
        .join(' ')}`,
    );
    expect(failures.slice(0, 20), `seed ${SEED}`).toEqual([]);
    expect(moved).toBeLessThanOrEqual(authorisedWrites);
    expect(validWritten).toBeGreaterThan(0);
    expect(moved).toBeGreaterThanOrEqual(validWritten);
    expect((await fetch(`${server.baseURL}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.baseURL}/api/v2/status.json`)).status).toBe(200);
    expect((await fetch(`${server.baseURL}/readyz`)).status).toBe(200);
  } finally {
    server.stop();
  }
});
