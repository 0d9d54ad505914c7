import type { IncomingMessage, ServerResponse } from 'node:http';
import { decideStaffAccess } from '@/lib/auth/access';
import { getStore } from '@/lib/store';
import { sendError, sendJson } from '@/server/json-answer';

export interface OpsOptions {
  /** Why pages cannot be rendered now, or null when the renderer answers. */
  rendererProblem: () => string | null;
  /** The Prometheus text of every process of this instance, or null when it could not be collected. */
  metricsText: () => Promise<string | null>;
}

const OPS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

async function readiness(options: OpsOptions): Promise<string | null> {
  const renderer = options.rendererProblem();
  if (renderer) return `pages cannot be rendered: ${renderer}`;
  try {
    const store = getStore();
    const health = await store.health();
    if (!health.ok) return `the store is not available: ${health.reason}`;
    const { problem } = await store.load();
    if (problem) return `the store is not readable: ${problem.problem}`;
  } catch (error) {
    return `the store is not readable: ${error instanceof Error ? error.message : String(error)}`;
  }
  return null;
}

/** Only an admin's API token may read the metrics (they describe traffic and failures). */
async function authorised(req: IncomingMessage): Promise<{ status: number; code: string } | null> {
  const { doc } = await getStore().load();
  const decision = decideStaffAccess({
    method: 'GET',
    authorization: req.headers.authorization ?? null,
    sessionCookie: null,
    origin: null,
    secFetchSite: null,
    allowedHosts: [],
    staff: doc.staff,
    tokens: doc.tokens,
    envToken: process.env.STATUS_API_TOKEN?.trim() || undefined,
    sessionSecret: '',
    now: new Date(),
    role: 'admin',
  });
  if (decision.ok) return null;
  return { status: decision.code === 'unauthorized' ? 401 : 403, code: decision.code };
}

/**
 * `/healthz` (the process answers), `/readyz` (the store is readable and pages can be rendered) and
 * `/metrics` (Prometheus text, admin token): answered by the front process, never by the renderer.
 * Returns false for any other path.
 */
export function createOpsRoutes(options: OpsOptions) {
  return (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    if (!OPS_PATHS.has(path)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const allow = 'GET, HEAD';
      sendError(
        res,
        405,
        'method_not_allowed',
        `${req.method} is not allowed on ${path}; it answers ${allow}.`,
        {
          allow,
        },
      );
      return true;
    }
    void answer(req, res, path).catch(() =>
      sendJson(res, 503, { status: 'unavailable', reason: 'the check itself failed' }),
    );
    return true;
  };

  async function answer(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const reason = await readiness(options);
      return reason === null
        ? sendJson(res, 200, { status: 'ok' })
        : sendJson(res, 503, { status: 'unavailable', reason }, { 'retry-after': '5' });
    }
    const refused = await authorised(req);
    if (refused)
      return sendError(
        res,
        refused.status,
        refused.code,
        'The metrics need an admin API token (Authorization: Bearer …).',
        refused.status === 401 ? { 'www-authenticate': 'Bearer' } : {},
      );
    const text = await options.metricsText();
    if (text === null) return sendJson(res, 503, { status: 'unavailable', reason: 'metrics not collected' });
    res.writeHead(200, {
      'content-type': 'text/plain; version=0.0.4; charset=utf-8',
      'cache-control': 'private, no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  }
}
